using System.Threading.RateLimiting;

namespace CoopRegistry.Server.Limits;

/// <summary>
/// Per-client quotas, partitioned by the token's client id: a token bucket of calls
/// (<see cref="LimitsOptions.RateLimitBurst"/>, refilled at <see cref="LimitsOptions.RateLimitPerSecond"/>),
/// a count of calls in flight (<see cref="LimitsOptions.MaxCallsInFlightPerClient"/>) and of open
/// streams, server or client streaming (<see cref="LimitsOptions.MaxStreamsPerClient"/>). Nothing
/// queues: over quota is RESOURCE_EXHAUSTED at once with a retry hint, so a client backs off
/// instead of piling up waiting calls on the server, and one client cannot hold what the others need.
/// </summary>
public sealed class ClientQuotas : IDisposable
{
    private static readonly TimeSpan RetrySoon = TimeSpan.FromSeconds(1);

    private readonly PartitionedRateLimiter<string> calls;
    private readonly PartitionedRateLimiter<string> inFlight;
    private readonly PartitionedRateLimiter<string> streams;
    private readonly LimitsOptions options;

    public ClientQuotas(IOptions<LimitsOptions> limits)
    {
        options = limits.Value;
        calls = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.RateLimitBurst,
            TokensPerPeriod = options.RateLimitPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
        inFlight = Concurrency(options.MaxCallsInFlightPerClient);
        streams = Concurrency(options.MaxStreamsPerClient);
    }

    /// <summary>Takes one call from the client's bucket, or throws RESOURCE_EXHAUSTED (reason RATE_LIMITED).</summary>
    public void TakeCall(string clientId)
    {
        using var lease = calls.AttemptAcquire(clientId);
        if (!lease.IsAcquired)
            throw new ResourceExhaustedException("RATE_LIMITED",
                $"client {clientId} made more than {options.RateLimitBurst} calls in a burst ({options.RateLimitPerSecond} per second sustained); retry after a second",
                lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : RetrySoon);
    }

    /// <summary>Holds one of the client's in-flight slots until the lease is disposed, or throws RESOURCE_EXHAUSTED (reason TOO_MANY_CALLS).</summary>
    public RateLimitLease EnterCall(string clientId) =>
        Hold(inFlight, clientId, "TOO_MANY_CALLS", $"client {clientId} already has {options.MaxCallsInFlightPerClient} calls in flight; wait for one to end");

    /// <summary>Holds one of the client's stream slots until the lease is disposed, or throws RESOURCE_EXHAUSTED (reason TOO_MANY_STREAMS).</summary>
    public RateLimitLease OpenStream(string clientId) =>
        Hold(streams, clientId, "TOO_MANY_STREAMS", $"client {clientId} already has {options.MaxStreamsPerClient} open streams; close one first");

    private static PartitionedRateLimiter<string> Concurrency(int permits) =>
        PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetConcurrencyLimiter(client, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = permits,
            QueueLimit = 0,
        }));

    private static RateLimitLease Hold(PartitionedRateLimiter<string> limiter, string clientId, string reason, string message)
    {
        var lease = limiter.AttemptAcquire(clientId);
        if (lease.IsAcquired)
            return lease;
        lease.Dispose();
        throw new ResourceExhaustedException(reason, message, RetrySoon);
    }

    public void Dispose()
    {
        calls.Dispose();
        inFlight.Dispose();
        streams.Dispose();
    }
}
