namespace CoopRegistry.Server.Fulfilment;

/// <summary>
/// Folds, at start and every few seconds, the changes writes appended to the fulfilment report's
/// counts (<see cref="FulfilmentFold"/>), so a report reads few of them.
/// </summary>
public sealed class FulfilmentFoldService(IOptions<DatabaseOptions> database, ILogger<FulfilmentFoldService> logger) : RecurringDatabaseJob(database, logger)
{
    // Bounds the changes a report reads to those of a few seconds of writes.
    protected override TimeSpan Interval => TimeSpan.FromSeconds(5);

    protected override string FailureMessage => "Could not fold the fulfilment report's pending changes; the next run tries again";

    protected override Task RunOnceAsync(string connectionString, CancellationToken cancellationToken) =>
        FulfilmentFold.RunAsync(connectionString, cancellationToken);
}
