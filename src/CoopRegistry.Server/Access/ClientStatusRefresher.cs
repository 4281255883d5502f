using CoopRegistry.Data;
using CoopRegistry.Server.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CoopRegistry.Server.Access;

/// <summary>
/// Reloads <see cref="ClientStatus"/> from the token service's identity.applications table every
/// Registry:ClientStatusRefresh. Without the identity schema (a registry database the token service
/// never migrated) the set stays empty, logged once; a failed read keeps the last set, logged.
/// </summary>
public sealed class ClientStatusRefresher(
    ClientStatus status, IOptions<DatabaseOptions> database, IOptions<RegistryOptions> registry,
    ILogger<ClientStatusRefresher> logger) : BackgroundService
{
    internal const string Query =
        "select client_id from identity.applications where client_id is not null and properties is not null and properties::jsonb ->> 'disabled' = 'true'";

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
            await using var connection = new NpgsqlConnection(RegistryDbContextOptions.PooledConnectionString(database.Value.Registry));
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(Query, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var disabled = new HashSet<string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
                disabled.Add(reader.GetString(0));
            status.Replace(disabled);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            status.Replace(new HashSet<string>());
            if (!missingSchemaLogged)
            {
                missingSchemaLogged = true;
                logger.LogWarning("identity.applications does not exist in the registry database; no client is treated as disabled");
            }
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not read disabled clients; keeping the last known set");
        }
    }
}
