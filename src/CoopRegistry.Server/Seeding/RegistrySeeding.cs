using CoopRegistry.Server.Reminders;

namespace CoopRegistry.Server.Seeding;

/// <summary>
/// What `migrate` does: read every seed file, migrate, load the directory seeds, then the register's
/// records, and in Development the example contact addresses (<see cref="DevContacts"/>).
/// </summary>
public sealed class RegistrySeeding(RegistryMigrator migrator, RecordSeedLoader records, DevContacts devContacts, IHostEnvironment environment)
{
    public async Task<(SeedReport Directory, IReadOnlyList<RecordSeedReport> Records)> MigrateAndSeedAsync(string seedsFolder, CancellationToken cancellationToken)
    {
        var batches = RecordSeedLoader.Read(seedsFolder);
        var directory = await migrator.MigrateAndSeedAsync(seedsFolder, cancellationToken);
        using var seeding = AuditActor.Use(AuditActor.Seed);
        var loaded = await records.LoadAsync(batches, cancellationToken);
        if (environment.IsDevelopment())
            await devContacts.LoadAsync(seedsFolder, cancellationToken);
        return (directory, loaded);
    }
}
