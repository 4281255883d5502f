using CoopRegistry.Identity.Clients;
using CoopRegistry.Identity.Data;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Identity.Hosting;

/// <summary>
/// `CoopRegistry.Identity migrate`: apply the identity migrations and, in Development only, sync the
/// development clients; then exit. Non-zero on a bad dev-clients file.
/// </summary>
public static class MigrateCommand
{
    public static async Task<int> RunMigrationsAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CoopRegistry.Identity.Migrate");
        // Development clients have well-known secrets: they never reach another environment's store.
        var devClients = app.Environment.IsDevelopment()
            ? DevClientsFile.Resolve(app.Services.GetRequiredService<IOptions<TokenServiceOptions>>().Value.DevClientsPath)
            : null;
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var report = await scope.ServiceProvider.GetRequiredService<IdentityMigrator>().MigrateAsync(devClients, CancellationToken.None);
            if (report is null)
                logger.LogInformation("Identity schema migrated; development clients not synced in {Environment}", app.Environment.EnvironmentName);
            else
                logger.LogInformation("Identity schema migrated; development clients from {File}: {Report}", devClients, report);
            return 0;
        }
        catch (DevSeedException e)
        {
            logger.LogError("Development clients refused: {Problem}", e.Message);
            await Console.Error.WriteLineAsync($"dev-clients error: {e.Message}");
            return 2;
        }
    }
}
