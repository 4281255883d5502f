using CoopRegistry.Data.Audit;

namespace CoopRegistry.Data;

/// <summary>The one place that says how the registry talks to PostgreSQL.</summary>
public static class RegistryDbContextOptions
{
    /// <param name="clock">The clock audit entries are stamped with (tests pass a fake one through DI).</param>
    public static TBuilder UseRegistryDatabase<TBuilder>(this TBuilder options, string connectionString, TimeProvider? clock = null)
        where TBuilder : DbContextOptionsBuilder
    {
        options
            .UseNpgsql(PooledConnectionString(connectionString), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", RegistryDbContext.Schema))
            .UseSnakeCaseNamingConvention()
            // EF Core's concurrency detector sets an AsyncLocal on entering and leaving every row a
            // query reads (a copy of the call's whole AsyncLocal map each time): 4 % of the sampled
            // time of paging and half the garbage collections it triggered. A DbContext used by two
            // commands at once is still refused, by Npgsql (NpgsqlOperationInProgressException).
            .EnableThreadSafetyChecks(false)
            // Every commitment write appends its history row in the same transaction.
            .AddInterceptors(CommitmentHistoryInterceptor.Instance,
                // Every audited change writes its audit entry in the same transaction, at commit.
                AuditInterceptor.For(RegistryAuditSubjects.Instance, clock ?? TimeProvider.System),
                // Every connection says whose rows it may see (row-level security for the app role),
                // on its first command.
                RowScopeInterceptor.Instance, RowScopeCommandInterceptor.Instance);
        return options;
    }

    /// <summary>
    /// Pooled connections when the connection string does not say otherwise (Npgsql's own default,
    /// 100, is PostgreSQL's whole default max_connections: under load the registry alone took every
    /// slot and PostgreSQL refused the rest, SQLSTATE 53300). A call that finds the pool busy waits
    /// for a connection (up to the connection string's Timeout) instead of opening one more.
    /// </summary>
    public const int DefaultMaxPoolSize = 20;

    /// <summary>
    /// The connection string every pooled connection of the registry process uses (its DbContexts,
    /// the token service's client store, the background readers): one string, so one Npgsql pool
    /// whose size is the process's whole share of max_connections (plus its one LISTEN connection).
    /// </summary>
    public static string PooledConnectionString(string connectionString) =>
        WithoutPoolReset(WithCutShortConnectionsClosed(WithPreparedStatements(WithPoolSize(connectionString))));

    private static string WithPoolSize(string connectionString) => SetsMaxPoolSize(connectionString)
        ? connectionString
        : new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = DefaultMaxPoolSize }.ConnectionString;

    /// <summary>Whether the connection string names a pool size itself (Npgsql's builder cannot tell a default from a setting).</summary>
    public static bool SetsMaxPoolSize(string connectionString) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Any(key => key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant() is "MAXIMUMPOOLSIZE" or "MAXPOOLSIZE");

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

    /// <summary>
    /// A connection goes back to the pool without Npgsql's reset (No Reset On Close), which runs seven
    /// statements (SET SESSION AUTHORIZATION DEFAULT, RESET ALL, CLOSE ALL, UNLISTEN *,
    /// pg_advisory_unlock_all(), DISCARD SEQUENCES, DISCARD TEMP) in front of the next call's first one.
    /// What the registry leaves on a connection is its row scope and a search's plan_cache_mode, and
    /// every opening sends its own scope and the default plan_cache_mode before its first command
    /// (<see cref="ConnectionScope"/>); it uses none of the rest (no LISTEN on a pooled connection, no
    /// advisory locks, cursors held past a transaction or temporary tables). An open transaction is
    /// still rolled back when its connection goes back. The identity store and the status reader that
    /// share the pool read tables without row security.
    /// </summary>
    private static string WithoutPoolReset(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;

    /// <summary>
    /// A command cut short (its call's deadline passed, or its caller left) takes its connection with
    /// it (Cancellation Timeout -1): PostgreSQL is told to cancel the statement and the connection is
    /// closed at once, never returned to the pool. Npgsql (10.0.3) can otherwise hand the next caller a
    /// connection the cancellation left wrong: one whose auto-preparation was cancelled after
    /// PostgreSQL parsed the statement and before it described the result keeps the statement marked
    /// prepared without its result's columns, and the next call to run that statement on it fails
    /// ("Received unexpected backend message DataRow": INTERNAL) though nothing cancelled that call.
    /// </summary>
    private static string WithCutShortConnectionsClosed(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { CancellationTimeout = -1 }.ConnectionString;
}
