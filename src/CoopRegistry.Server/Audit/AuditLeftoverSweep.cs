namespace CoopRegistry.Server.Audit;

/// <summary>
/// Chains, at start and every Audit:LeftoverSweepInterval, audit entries a stopped registry process
/// committed but did not chain (<see cref="AuditLeftovers"/>). A run that finds none costs one
/// short statement and writes nothing.
/// </summary>
public sealed class AuditLeftoverSweep(
    IOptions<DatabaseOptions> database, IOptions<AuditOptions> audit, ILogger<AuditLeftoverSweep> logger) : RecurringDatabaseJob(database, logger)
{
    protected override TimeSpan Interval => audit.Value.LeftoverSweepInterval;

    protected override string FailureMessage => "Could not chain the audit entries left unchained; the next sweep tries again";

    protected override async Task RunOnceAsync(string connectionString, CancellationToken cancellationToken)
    {
        var chained = await AuditLeftovers.ChainAsync(connectionString, cancellationToken);
        if (chained > 0)
            logger.LogWarning("Chained {Count} audit entries a stopped write had left unchained", chained);
    }
}
