using CoopRegistry.Identity.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTokenServiceOptions();
builder.AddTokenServiceEndpoints();
builder.AddIdentityData();
builder.AddTokenServer();

var app = builder.Build();
if (args is ["migrate", ..])
    return await app.RunMigrationsAsync();

app.MapTokenServer();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the in-process tests (WebApplicationFactory).</summary>
public partial class Program;
