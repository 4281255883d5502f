using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Identity.Data;

/// <summary>Npgsql with snake_case names and the migrations history kept in the identity schema.</summary>
public static class IdentityDbContextOptions
{
    public static TBuilder UseIdentityDatabase<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", IdentityDbContext.Schema))
            .UseSnakeCaseNamingConvention();
        return options;
    }
}
