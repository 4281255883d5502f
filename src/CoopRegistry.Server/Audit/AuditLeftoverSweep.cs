namespace CoopRegistry.Server.Audit;

/// <summary>
/// Chains, at start and every Audit:LeftoverSweepInterval, audit entries a stopped registry process
/// committed but did not chain (<see cref="AuditLeftovers"/>). A run that finds none costs one
/// short statement and writes nothing; a failed run (the database away) is logged and retried.
/// </summary>
public sealed class AuditLeftoverSweep(
    IOptions<DatabaseOptions> database, IOptions<AuditOptions> audit, ILogger<AuditLeftoverSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = RegistryDbContextOptions.PooledConnectionString(database.Value.Registry);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var chained = await AuditLeftovers.ChainAsync(connectionString, stoppingToken);
                if (chained > 0)
                    logger.LogWarning("Chained {Count} audit entries a stopped write had left unchained", chained);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Could not chain the audit entries left unchained; the next sweep tries again");
            }
            try
            {
                await Task.Delay(audit.Value.LeftoverSweepInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
