var builder = WebApplication.CreateBuilder(args);
builder.AddConsoleOptions();
builder.AddConsoleSignIn();
builder.AddRegistryClient();
builder.AddConsoleUi();

var app = builder.Build();
app.MapConsole();
await app.RunAsync();

/// <summary>Entry point, visible to the tests.</summary>
public partial class Program;
