using CoopRegistry.Data.Security;

namespace CoopRegistry.Server.Access;

/// <summary>
/// Reloads <see cref="ClientStatus"/> from the token service's identity.applications and
/// identity.people (<see cref="IdentityStatusReader"/>) every Registry:ClientStatusRefresh. Without
/// the identity schema (a registry database the token service never migrated) nothing is refused,
/// logged once; a failed read keeps the last snapshot, logged.
/// </summary>
public sealed class ClientStatusRefresher(
    ClientStatus status, IdentityStatusReader identity, IOptions<RegistryOptions> registry,
    ILogger<ClientStatusRefresher> logger) : BackgroundService
{
    private bool missingSchemaLogged;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(registry.Value.ClientStatusRefresh);
        do
        {
            await RefreshAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Taken before reading, so a change made during the read is judged by the next one.
            var readAt = DateTimeOffset.UtcNow;
            var subjects = await identity.ReadAsync(cancellationToken);
            if (subjects is null)
            {
                status.Replace(ClientStatus.Snapshot.Empty);
                if (!missingSchemaLogged)
                {
                    missingSchemaLogged = true;
                    logger.LogWarning("identity.applications does not exist in the registry database; no client or person is refused");
                }
                return;
            }
            status.Replace(new ClientStatus.Snapshot(
                States(subjects.Clients, stamp => stamp ?? ""),
                subjects.People is null ? null : States(subjects.People, TokenStamps.OfPerson),
                readAt));
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not read the clients' and people's status; keeping the last known");
        }
    }

    // A client's stamp is the token's claim as stored; a person's is derived from Identity's security stamp.
    private static Dictionary<string, ClientStatus.SubjectState> States(
        IReadOnlyDictionary<string, IdentityStatusReader.Subject> subjects, Func<string?, string> stampOf) =>
        subjects.ToDictionary(s => s.Key, s => new ClientStatus.SubjectState(s.Value.Disabled, stampOf(s.Value.Stamp)), StringComparer.Ordinal);
}
