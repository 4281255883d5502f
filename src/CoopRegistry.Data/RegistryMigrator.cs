using CoopRegistry.Data.Seeding;

namespace CoopRegistry.Data;

/// <summary>Brings a database to the current schema and loads the seeds: what `./coop up` runs before serving.</summary>
public sealed class RegistryMigrator(RegistryDbContext db)
{
    public async Task<SeedReport> MigrateAndSeedAsync(string seedsFolder, CancellationToken cancellationToken)
    {
        // Read the seeds first: a bad file stops the run before anything is written.
        var seeds = SeedReader.Read(seedsFolder);
        // A migration that fills a table from every row (FulfilmentCells: minutes on the national dataset) outlasts the 30 s default.
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.Database.MigrateAsync(cancellationToken);
        using var seeding = Audit.AuditActor.Use(Audit.AuditActor.Seed);
        return await new SeedLoader(db).LoadAsync(seeds, cancellationToken);
    }
}
