using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CoopRegistry.Server.Hosting;

/// <summary>
/// Where the registry's read-only directory calls read: the streaming replica of
/// <c>ConnectionStrings:RegistryReadOnly</c> when it is set, otherwise the primary. Only
/// DirectoryService's List and Get are sent there (docs/runbook.md "More than one machine"): a
/// record's Get feeds its etag into the next update and a client reads what it just wrote, which
/// a lagging replica would answer stale; as-of reads and the change feed follow the audit chain
/// up to its newest entry and wait for new ones by LISTEN, which only the primary has.
/// </summary>
public sealed class ReadReplica(IOptions<DatabaseOptions> options, TimeProvider clock)
{
    /// <summary>The key of the services that read from the replica when there is one.</summary>
    public const string Key = "read-replica";

    private readonly Lazy<PooledDbContextFactory<RegistryDbContext>?> contexts = new(() =>
        string.IsNullOrWhiteSpace(options.Value.RegistryReadOnly)
            ? null
            : new PooledDbContextFactory<RegistryDbContext>(new DbContextOptionsBuilder<RegistryDbContext>()
                .UseRegistryDatabase(options.Value.RegistryReadOnly, clock).Options));

    /// <summary>A context on the replica (the caller disposes it), or null when none is configured.</summary>
    public RegistryDbContext? CreateContext() => contexts.Value?.CreateDbContext();

    /// <summary>The call's own context on the replica, returned to its pool when the call's scope ends.</summary>
    public sealed class ScopedContext(ReadReplica replica) : IDisposable
    {
        public RegistryDbContext? Context { get; } = replica.CreateContext();

        public void Dispose() => Context?.Dispose();
    }
}
