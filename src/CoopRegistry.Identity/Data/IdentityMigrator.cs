using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Identity.Data;

/// <summary>
/// Brings the identity schema to the current migration (the roles come with it), keeps the
/// first-party clients as defined, and, when asked (Development), syncs the development clients and people.
/// </summary>
public sealed class IdentityMigrator(
    IdentityDbContext db, DevClientSync clients, DevPeopleSync people, FirstPartyClients firstParty,
    IOptions<TokenServiceOptions> settings, ILogger<IdentityMigrator> logger)
{
    /// <param name="devClientsPath">The development clients; null outside Development, and then no development people either.</param>
    /// <returns>What the clients' sync changed, or null when no file was given.</returns>
    public async Task<SyncReport?> MigrateAsync(string? devClientsPath, CancellationToken cancellationToken)
    {
        // Read the files first: a bad record stops the run before anything is written.
        var devClients = devClientsPath is null ? null : DevClientsFile.Read(devClientsPath);
        var devPeople = devClientsPath is null ? null : DevPeopleFile.Read(DevSeedJson.Resolve(settings.Value.DevPeoplePath));
        await db.Database.MigrateAsync(cancellationToken);
        await firstParty.EnsureAsync(cancellationToken);
        if (devClients is null || devPeople is null)
            return null;
        var report = await clients.SyncAsync(devClients, cancellationToken);
        logger.LogInformation("Development people: {Report}", await people.SyncAsync(devPeople, cancellationToken));
        return report;
    }
}
