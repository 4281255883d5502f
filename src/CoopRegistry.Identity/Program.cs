var builder = WebApplication.CreateBuilder(args);
builder.AddServiceManager();
builder.AddListenSettings<TokenServiceOptions>(TokenServiceOptions.Section, "the token service");
builder.AddIdentityData();
builder.AddTokenServer();
// After the token server: its development-secret guard speaks first.
builder.AddPeople();

var app = builder.Build();
if (MigrateCommand.IsRequested(args))
    return await app.RunMigrationsAsync();
if (AdminClientCommand.IsRequested(args))
    return await AdminClientCommand.RunAsync(app, args);

app.MapTokenServer();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the in-process tests (WebApplicationFactory).</summary>
public partial class Program;
