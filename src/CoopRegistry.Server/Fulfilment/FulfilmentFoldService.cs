namespace CoopRegistry.Server.Fulfilment;

/// <summary>
/// Folds, at start and every few seconds, the changes writes appended to the fulfilment report's
/// counts (<see cref="FulfilmentFold"/>), so a report reads few of them. A failed run (the database
/// away) is logged and retried.
/// </summary>
public sealed class FulfilmentFoldService(IOptions<DatabaseOptions> database, ILogger<FulfilmentFoldService> logger) : BackgroundService
{
    // Bounds the changes a report reads to those of a few seconds of writes.
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = RegistryDbContextOptions.PooledConnectionString(database.Value.Registry);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FulfilmentFold.RunAsync(connectionString, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Could not fold the fulfilment report's pending changes; the next run tries again");
            }
            try
            {
                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
