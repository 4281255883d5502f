using CoopRegistry.Server.Seeding;

namespace CoopRegistry.Server.Hosting;

/// <summary>`CoopRegistry.Server migrate`: apply migrations, load directory and record seeds, exit. Non-zero on a bad seed.</summary>
public static class RegistryMigrateCommand
{
    public static Task<int> RunMigrationsAsync(this WebApplication app) =>
        MigrateCommand.RunAsync<SeedException>(app, "CoopRegistry.Migrate", ("Seed file", "seed"), async (services, logger) =>
        {
            var seeds = HostPaths.Resolve(services.GetRequiredService<IOptions<RegistryOptions>>().Value.SeedsPath, System.IO.Directory.Exists);
            var (directory, records) = await services.GetRequiredService<RegistrySeeding>().MigrateAndSeedAsync(seeds, CancellationToken.None);
            logger.LogInformation("Database migrated; seeds from {Seeds}: {Report}", seeds, directory);
            foreach (var report in records)
                logger.LogInformation("Record seeds: {Report}", report);
        });
}
