namespace CoopRegistry.Server.ChangeFeed;

/// <summary>
/// This process's one LISTEN connection: every NOTIFY the audit writer sends at commit (from any
/// registry process on the database) pulses <see cref="ChangeSignal"/>. Reconnects with backoff
/// (1 s doubling to 30 s) and pulses once reconnected, since notifications sent meanwhile are
/// lost; watchers also poll (ChangeFeed:PollInterval) in case.
/// </summary>
public sealed class ChangeNotifications(ChangeSignal signal, IOptions<DatabaseOptions> database, ILogger<ChangeNotifications> logger) : BackgroundService
{
    /// <summary>The channel the audit chain notifies at each commit (CoopRegistry.Data.Audit.AuditWriter.Channel).</summary>
    public const string Channel = "coopregistry_audit";

    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Its own physical connection: a LISTEN must not go back to the pool.
                var builder = new NpgsqlConnectionStringBuilder(database.Value.Registry) { Pooling = false };
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Notification += (_, _) => signal.Pulse();
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                logger.LogInformation("Listening for audit notifications on {Channel}", Channel);
                backoff = TimeSpan.FromSeconds(1);
                signal.Pulse();
                while (true)
                {
                    // A quiet connection is checked now and then, so a dead one is noticed and replaced.
                    if (!await connection.WaitAsync(IdleCheck, stoppingToken))
                    {
                        await using var ping = new NpgsqlCommand("SELECT 1", connection);
                        await ping.ExecuteScalarAsync(stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "The audit notification connection failed; retrying in {Backoff}", backoff);
                try
                {
                    await Task.Delay(backoff, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }
}
