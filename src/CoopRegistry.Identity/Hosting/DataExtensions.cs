using CoopRegistry.Identity.Clients;
using CoopRegistry.Identity.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Identity.Hosting;

/// <summary>The DbContext OpenIddict's stores use, the migrator, and the database health check.</summary>
public static class DataExtensions
{
    private const string DatabaseCheck = "database";

    public static void AddIdentityData(this WebApplicationBuilder builder)
    {
        builder.Services.AddDbContext<IdentityDbContext>((services, options) =>
            options.UseIdentityDatabase(services.GetRequiredService<IOptions<IdentityDatabaseOptions>>().Value.Identity));
        builder.Services.AddScoped<DevClientSync>();
        builder.Services.AddScoped<IdentityMigrator>();
        builder.Services.AddHealthChecks().AddDbContextCheck<IdentityDbContext>(DatabaseCheck);
        // A health probe must answer quickly even while the database hangs.
        builder.Services.Configure<HealthCheckServiceOptions>(options =>
            options.Registrations.Single(r => r.Name == DatabaseCheck).Timeout = TimeSpan.FromSeconds(3));
    }
}
