using CoopRegistry.Data.Audit;
using CoopRegistry.Data.Commitments;
using CoopRegistry.Data.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoopRegistry.Data;

/// <summary>The one place that says how the registry talks to PostgreSQL.</summary>
public static class RegistryDbContextOptions
{
    /// <param name="clock">The clock audit entries are stamped with (tests pass a fake one through DI).</param>
    public static TBuilder UseRegistryDatabase<TBuilder>(this TBuilder options, string connectionString, TimeProvider? clock = null)
        where TBuilder : DbContextOptionsBuilder
    {
        options
            .UseNpgsql(WithPreparedStatements(connectionString), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", RegistryDbContext.Schema))
            .UseSnakeCaseNamingConvention()
            // Every commitment write appends its history row in the same transaction.
            .AddInterceptors(CommitmentHistoryInterceptor.Instance,
                // Every audited change writes its audit entry in the same transaction, at commit.
                AuditInterceptor.For(RegistryAuditSubjects.Instance, clock ?? TimeProvider.System),
                // Every connection says whose rows it may see (row-level security for the app role).
                RowScopeInterceptor.Instance);
        return options;
    }

    /// <summary>
    /// Statements the registry repeats (a Get by id, a page of a listing) are prepared on each
    /// pooled connection after their second use, so PostgreSQL stops parsing and planning them on
    /// every call. A connection string that sets Max Auto Prepare itself keeps its own value.
    /// </summary>
    private static string WithPreparedStatements(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare > 0)
            return connectionString;
        builder.MaxAutoPrepare = 64;
        builder.AutoPrepareMinUsages = 2;
        return builder.ConnectionString;
    }
}
