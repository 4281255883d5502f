using CoopRegistry.Data;
using CoopRegistry.Data.Audit;
using CoopRegistry.Data.Seeding;

namespace CoopRegistry.Server.Seeding;

/// <summary>What `migrate` does: read every seed file, migrate, load the directory seeds, then the register's records.</summary>
public sealed class RegistrySeeding(RegistryMigrator migrator, RecordSeedLoader records)
{
    public async Task<(SeedReport Directory, IReadOnlyList<RecordSeedReport> Records)> MigrateAndSeedAsync(string seedsFolder, CancellationToken cancellationToken)
    {
        var batches = RecordSeedLoader.Read(seedsFolder);
        var directory = await migrator.MigrateAndSeedAsync(seedsFolder, cancellationToken);
        using var seeding = AuditActor.Use(AuditActor.Seed);
        return (directory, await records.LoadAsync(batches, cancellationToken));
    }
}
