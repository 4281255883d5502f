namespace CoopRegistry.Server.Hosting;

/// <summary>
/// A job on the registry's database run at start and then every <see cref="Interval"/>; a failed run
/// (the database away) is logged and the next one tries again.
/// </summary>
public abstract class RecurringDatabaseJob(IOptions<DatabaseOptions> database, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>What a failed run's warning says.</summary>
    protected abstract string FailureMessage { get; }

    protected abstract Task RunOnceAsync(string connectionString, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = RegistryDbContextOptions.PooledConnectionString(database.Value.Registry);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(connectionString, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "{Failure}", FailureMessage);
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
