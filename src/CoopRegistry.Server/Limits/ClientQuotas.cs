using System.Threading.RateLimiting;
using CoopRegistry.Domain.Errors;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Server.Limits;

/// <summary>
/// Per-client quotas, partitioned by the token's client id: a token bucket of calls
/// (<see cref="LimitsOptions.RateLimitBurst"/>, refilled at <see cref="LimitsOptions.RateLimitPerSecond"/>)
/// and a count of open server streams (<see cref="LimitsOptions.MaxStreamsPerClient"/>). Nothing
/// queues: over quota is RESOURCE_EXHAUSTED at once, so a client backs off instead of piling up
/// waiting calls on the server.
/// </summary>
public sealed class ClientQuotas : IDisposable
{
    private readonly PartitionedRateLimiter<string> calls;
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
        streams = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetConcurrencyLimiter(client, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = options.MaxStreamsPerClient,
            QueueLimit = 0,
        }));
    }

    /// <summary>Takes one call from the client's bucket, or throws RESOURCE_EXHAUSTED (reason RATE_LIMITED).</summary>
    public void TakeCall(string clientId)
    {
        using var lease = calls.AttemptAcquire(clientId);
        if (!lease.IsAcquired)
            throw new ResourceExhaustedException("RATE_LIMITED",
                $"client {clientId} made more than {options.RateLimitBurst} calls in a burst ({options.RateLimitPerSecond} per second sustained); retry after a second");
    }

    /// <summary>Holds one of the client's stream slots until the lease is disposed, or throws RESOURCE_EXHAUSTED (reason TOO_MANY_STREAMS).</summary>
    public RateLimitLease OpenStream(string clientId)
    {
        var lease = streams.AttemptAcquire(clientId);
        if (lease.IsAcquired)
            return lease;
        lease.Dispose();
        throw new ResourceExhaustedException("TOO_MANY_STREAMS",
            $"client {clientId} already has {options.MaxStreamsPerClient} open streams; close one first");
    }

    public void Dispose()
    {
        calls.Dispose();
        streams.Dispose();
    }
}
