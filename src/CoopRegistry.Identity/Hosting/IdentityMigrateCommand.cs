namespace CoopRegistry.Identity.Hosting;

/// <summary>
/// `CoopRegistry.Identity migrate`: apply the identity migrations and keep the first-party clients
/// as defined and, in Development only, sync the development clients and people; then exit.
/// Non-zero on a bad dev-clients or dev-people file.
/// </summary>
public static class IdentityMigrateCommand
{
    public static Task<int> RunMigrationsAsync(this WebApplication app) =>
        MigrateCommand.RunAsync<DevSeedException>(app, "CoopRegistry.Identity.Migrate", ("Development clients", "dev-clients"), async (services, logger) =>
        {
            // Development clients have well-known secrets: they never reach another environment's store.
            var devClients = app.Environment.IsDevelopment()
                ? DevClientsFile.Resolve(services.GetRequiredService<IOptions<TokenServiceOptions>>().Value.DevClientsPath)
                : null;
            var report = await services.GetRequiredService<IdentityMigrator>().MigrateAsync(devClients, CancellationToken.None);
            if (report is null)
                logger.LogInformation("Identity schema migrated; development clients and people not synced in {Environment}", app.Environment.EnvironmentName);
            else
                logger.LogInformation("Identity schema migrated; development clients from {File}: {Report}", devClients, report);
        });
}
