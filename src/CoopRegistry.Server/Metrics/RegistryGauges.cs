using System.Diagnostics.Metrics;

namespace CoopRegistry.Server.Metrics;

/// <summary>
/// Readings of the whole register, the same from every registry process: the audit chain's length
/// and the open commitments past a firm deadline per home province (none listed for a province
/// with none). Read from the database before a scrape (<see cref="RefreshAsync"/>), at most once
/// per <see cref="MaxAge"/> however often scrapers come.
/// </summary>
public sealed class RegistryGauges
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);

    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly ILogger<RegistryGauges> logger;
    private readonly SemaphoreSlim reading = new(1, 1);
    private Readings? last;

    public RegistryGauges(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock, ILogger<RegistryGauges> logger)
    {
        this.scopes = scopes;
        this.clock = clock;
        this.logger = logger;
        var meter = meters.Create(RegistryMetrics.MeterName);
        meter.CreateObservableGauge("coopregistry.audit.chain.length", ChainLength, "{entry}", "Entries in the audit chain (the sequence of its head).");
        meter.CreateObservableGauge("coopregistry.commitments.overdue", Overdue, "{commitment}",
            "Open commitments past their firm deadline, by home province.");
    }

    /// <summary>Reads the register unless the last reading is recent; on failure the last reading stays (and ages).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (last is { } recent && now - recent.Time < MaxAge)
            return;
        await reading.WaitAsync(cancellationToken);
        try
        {
            if (last is { } other && now - other.Time < MaxAge)
                return;
            await using var scope = scopes.CreateAsyncScope();
            last = new Readings(now, await scope.ServiceProvider.GetRequiredService<RegisterReadings>().ReadAsync(now.UtcDateTime, cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The scrape still answers: the process's own metrics matter most when the database is away.
            logger.LogWarning(e, "Metrics: the register could not be read; its gauges keep their last reading");
        }
        finally
        {
            reading.Release();
        }
    }

    private IEnumerable<Measurement<long>> ChainLength() =>
        last is { } readings ? [new(readings.Register.ChainLength)] : [];

    private IEnumerable<Measurement<int>> Overdue() =>
        last?.Register.OverdueByHomeProvince.Select(p => new Measurement<int>(p.Value, new KeyValuePair<string, object?>("home_province", p.Key))) ?? [];

    private sealed record Readings(DateTimeOffset Time, RegisterReading Register);
}
