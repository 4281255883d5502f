namespace CoopRegistry.Server.Access;

/// <summary>
/// Reloads <see cref="ClientStatus"/> from the token service's identity.applications and
/// identity.people every Registry:ClientStatusRefresh. Without the identity schema (a registry
/// database the token service never migrated) nothing is refused, logged once; a failed read keeps
/// the last snapshot, logged.
/// </summary>
public sealed class ClientStatusRefresher(
    ClientStatus status, IOptions<DatabaseOptions> database, IOptions<RegistryOptions> registry,
    ILogger<ClientStatusRefresher> logger) : BackgroundService
{
    internal const string ClientsQuery = """
        select client_id, coalesce(properties::jsonb ->> 'disabled' = 'true', false), coalesce(properties::jsonb ->> 'stamp', '')
        from identity.applications where client_id is not null
        """;

    internal const string PeopleQuery = "select id, disabled, security_stamp from identity.people";

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
            await using var connection = new NpgsqlConnection(RegistryDbContextOptions.PooledConnectionString(database.Value.Registry));
            await connection.OpenAsync(cancellationToken);
            var clients = await ReadAsync(connection, ClientsQuery, stamp => stamp ?? "", cancellationToken);
            var people = await ReadPeopleAsync(connection, cancellationToken);
            status.Replace(new ClientStatus.Snapshot(clients, people, readAt));
        }
        catch (PostgresException e) when (IsMissing(e))
        {
            status.Replace(ClientStatus.Snapshot.Empty);
            if (!missingSchemaLogged)
            {
                missingSchemaLogged = true;
                logger.LogWarning("identity.applications does not exist in the registry database; no client or person is refused");
            }
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not read the clients' and people's status; keeping the last known");
        }
    }

    // A store migrated before people existed has no identity.people: clients are still checked.
    private static async Task<Dictionary<string, ClientStatus.SubjectState>?> ReadPeopleAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using (var probe = new NpgsqlCommand("select to_regclass('identity.people') is not null", connection))
        {
            if (!(bool)(await probe.ExecuteScalarAsync(cancellationToken))!)
                return null;
        }
        return await ReadAsync(connection, PeopleQuery, TokenStamps.OfPerson, cancellationToken);
    }

    private static async Task<Dictionary<string, ClientStatus.SubjectState>> ReadAsync(
        NpgsqlConnection connection, string query, Func<string?, string> stampOf, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(query, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var states = new Dictionary<string, ClientStatus.SubjectState>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
            states[reader.GetString(0)] = new(reader.GetBoolean(1), stampOf(reader.IsDBNull(2) ? null : reader.GetString(2)));
        return states;
    }

    private static bool IsMissing(PostgresException e) => e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName;
}
