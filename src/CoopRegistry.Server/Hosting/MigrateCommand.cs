using CoopRegistry.Data.Seeding;
using CoopRegistry.Server.Seeding;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Server.Hosting;

/// <summary>`CoopRegistry.Server migrate`: apply migrations, load directory and record seeds, exit. Non-zero on a bad seed.</summary>
public static class MigrateCommand
{
    public static async Task<int> RunMigrationsAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CoopRegistry.Migrate");
        var seeds = SeedsFolder.Resolve(app.Services.GetRequiredService<IOptions<RegistryOptions>>().Value.SeedsPath);
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var (directory, records) = await scope.ServiceProvider.GetRequiredService<RegistrySeeding>().MigrateAndSeedAsync(seeds, CancellationToken.None);
            logger.LogInformation("Database migrated; seeds from {Seeds}: {Report}", seeds, directory);
            foreach (var report in records)
                logger.LogInformation("Record seeds: {Report}", report);
            return 0;
        }
        catch (SeedException e)
        {
            logger.LogError("Seed file refused: {Problem}", e.Message);
            await Console.Error.WriteLineAsync($"seed error: {e.Message}");
            return 2;
        }
    }
}
