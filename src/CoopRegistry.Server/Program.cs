using CoopRegistry.Server.Fulfilment;
using CoopRegistry.Server.OpenApi;
using CoopRegistry.Server.Reminders;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceManager();
builder.AddListenSettings<RegistryOptions>(RegistryOptions.Section, "the registry");
builder.AddRegistryData();
builder.AddRegistryAuthentication();
builder.AddRegistryGrpc();
builder.AddRegistryOpenApi();
builder.AddRegistryBrowserAccess();
builder.AddRegistryChangeFeed();
builder.AddRegistryAudit();
builder.AddRegistryTelemetry();
builder.AddRegistryReports();
builder.AddRegistryReminders();

var app = builder.Build();
if (MigrateCommand.IsRequested(args))
    return await app.RunMigrationsAsync();
if (VerifyAuditChainCommand.IsRequested(args))
    return await VerifyAuditChainCommand.RunAsync(app);

app.MapRegistryGrpc();
app.MapRegistryOpenApi();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the in-process tests (WebApplicationFactory).</summary>
public partial class Program;
