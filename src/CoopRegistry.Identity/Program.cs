using CoopRegistry.Identity.Hosting;
using CoopRegistry.Identity.People;

var builder = WebApplication.CreateBuilder(args);
builder.AddTokenServiceOptions();
builder.AddTokenServiceEndpoints();
builder.AddIdentityData();
builder.AddTokenServer();
// After the token server: its development-secret guard speaks first.
builder.AddPeople();

var app = builder.Build();
if (args is ["migrate", ..])
    return await app.RunMigrationsAsync();

app.MapTokenServer();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the in-process tests (WebApplicationFactory).</summary>
public partial class Program;
