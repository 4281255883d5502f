using CoopRegistry.Identity.Clients;
using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Identity.Data;

/// <summary>Brings the identity schema to the current migration and, when asked, syncs the development clients.</summary>
public sealed class IdentityMigrator(IdentityDbContext db, DevClientSync sync)
{
    /// <returns>What the sync changed, or null when no file was given (outside Development).</returns>
    public async Task<SyncReport?> MigrateAsync(string? devClientsPath, CancellationToken cancellationToken)
    {
        // Read the file first: a bad record stops the run before anything is written.
        var clients = devClientsPath is null ? null : DevClientsFile.Read(devClientsPath);
        await db.Database.MigrateAsync(cancellationToken);
        return clients is null ? null : await sync.SyncAsync(clients, cancellationToken);
    }
}
