using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoopRegistry.Hosting;

/// <summary>The "database" health check: unhealthy while PostgreSQL cannot be reached, and quick to say so.</summary>
public static class DatabaseHealthExtensions
{
    private const string DatabaseCheck = "database";

    public static void AddDatabaseHealthCheck<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        services.AddHealthChecks().AddDbContextCheck<TContext>(DatabaseCheck);
        // A health probe must answer quickly even while the database hangs.
        services.Configure<HealthCheckServiceOptions>(options =>
            options.Registrations.Single(r => r.Name == DatabaseCheck).Timeout = TimeSpan.FromSeconds(3));
    }
}
