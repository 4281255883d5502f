using CoopRegistry.Data;
using CoopRegistry.Data.Seeding;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Server.Hosting;

/// <summary>`CoopRegistry.Server migrate`: apply migrations, load seeds, exit. Non-zero on a bad seed.</summary>
public static class MigrateCommand
{
    public static async Task<int> RunMigrationsAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CoopRegistry.Migrate");
        var seeds = SeedsFolder.Resolve(app.Services.GetRequiredService<IOptions<RegistryOptions>>().Value.SeedsPath);
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var report = await scope.ServiceProvider.GetRequiredService<RegistryMigrator>().MigrateAndSeedAsync(seeds, CancellationToken.None);
            logger.LogInformation("Database migrated; seeds from {Seeds}: {Report}", seeds, report);
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
