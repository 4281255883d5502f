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
            .UseSnakeCaseNamingConvention();
        return options;
    }
}
