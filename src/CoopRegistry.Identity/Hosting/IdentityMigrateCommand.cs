using CoopRegistry.Hosting;
using CoopRegistry.Identity.Clients;
using CoopRegistry.Identity.Data;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Identity.Hosting;

/// <summary>
/// `CoopRegistry.Identity migrate`: apply the identity migrations and, in Development only, sync the
/// development clients; then exit. Non-zero on a bad dev-clients file.
/// </summary>
public static class IdentityMigrateCommand
{
    public static Task<int> RunMigrationsAsync(this WebApplication app) =>
        MigrateCommand.RunAsync<DevClientsException>(app, "CoopRegistry.Identity.Migrate", ("Development clients", "dev-clients"), async (services, logger) =>
        {
            // Development clients have well-known secrets: they never reach another environment's store.
            var devClients = app.Environment.IsDevelopment()
                ? DevClientsFile.Resolve(services.GetRequiredService<IOptions<TokenServiceOptions>>().Value.DevClientsPath)
                : null;
            var report = await services.GetRequiredService<IdentityMigrator>().MigrateAsync(devClients, CancellationToken.None);
            if (report is null)
                logger.LogInformation("Identity schema migrated; development clients not synced in {Environment}", app.Environment.EnvironmentName);
            else
                logger.LogInformation("Identity schema migrated; development clients from {File}: {Report}", devClients, report);
        });
}
