using CoopRegistry.Data.Commitments;
using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Data;

/// <summary>The one place that says how the registry talks to PostgreSQL.</summary>
public static class RegistryDbContextOptions
{
    public static TBuilder UseRegistryDatabase<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", RegistryDbContext.Schema))
            .UseSnakeCaseNamingConvention()
            // Every commitment write appends its history row in the same transaction.
            .AddInterceptors(CommitmentHistoryInterceptor.Instance);
        return options;
    }
}
