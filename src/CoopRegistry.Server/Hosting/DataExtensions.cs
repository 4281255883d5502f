using CoopRegistry.Data;
using CoopRegistry.Data.Queries;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Server.Hosting;

/// <summary>The pooled DbContext, the readers over it, and the database health check.</summary>
public static class DataExtensions
{
    private const string DatabaseCheck = "database";

    public static void AddRegistryData(this WebApplicationBuilder builder)
    {
        builder.Services.AddDbContextPool<RegistryDbContext>((services, options) =>
            options.UseRegistryDatabase(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Registry));
        builder.Services.AddScoped<DirectoryReader>();
        builder.Services.AddScoped<RegistryMigrator>();
        // Unhealthy (and so gRPC health NOT_SERVING) while PostgreSQL cannot be reached.
        builder.Services.AddHealthChecks().AddDbContextCheck<RegistryDbContext>(DatabaseCheck);
        // A health probe must answer quickly even while the database hangs.
        builder.Services.Configure<HealthCheckServiceOptions>(options =>
            options.Registrations.Single(r => r.Name == DatabaseCheck).Timeout = TimeSpan.FromSeconds(3));
    }
}
