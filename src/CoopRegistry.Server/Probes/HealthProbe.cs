using Grpc.AspNetCore.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoopRegistry.Server.Probes;

/// <summary>
/// The gRPC health service answers from the latest probe instead of querying the database on every
/// Check (a load balancer's probes, or a busy client's, would otherwise cost a database round trip
/// each): the health checks run once before the registry starts serving, so the first answer is
/// already a real one, then every <see cref="Interval"/>, so an outage turns NOT_SERVING within one interval.
/// </summary>
public static class HealthProbe
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    public static void AddRegistryHealthProbe(this IServiceCollection services)
    {
        services.Configure<GrpcHealthChecksOptions>(options => options.UseHealthChecksCache = true);
        services.Configure<HealthCheckPublisherOptions>(options =>
        {
            options.Delay = Interval; // the first probe is FirstProbe's, at start-up
            options.Period = Interval;
        });
        services.AddHostedService<FirstProbe>();
    }

    /// <summary>Runs the health checks once at start-up and publishes them, before the first call can ask.</summary>
    private sealed class FirstProbe(HealthCheckService checks, IEnumerable<IHealthCheckPublisher> publishers) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            var report = await checks.CheckHealthAsync(cancellationToken);
            foreach (var publisher in publishers)
                await publisher.PublishAsync(report, cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
