using System.Globalization;
using System.Net;

namespace CoopRegistry.Benchmarks.Running;

/// <summary>
/// Unmeasured passes of a scenario's own calls until the registry's code has settled. A fresh
/// registry's runtime compiles each hot method up to three times as it tiers up (quick, instrumented,
/// optimised), on one background thread that competes with the calls for the two cores; a fixed
/// warm-up left it compiling into the measured passes (a Get's CPU fell 824, 524, 289, 266, 258,
/// 245 µs over six passes of 20,000, 2026-12-07: docs/performance.md). A pass during which the JIT
/// spent under a fiftieth of the registry's CPU is the steady state a long-running registry serves in.
/// For the throughput scenarios (1, 3, 4), whose passes keep a core busy for seconds: the latency
/// scenarios' passes (5, 6: under a second of the registry's CPU) were outweighed by what the reading
/// itself compiles (the /metrics scrape's exporter and register gauges: 23-66 % after five passes).
/// </summary>
public static class WarmUp
{
    private const double SettledShare = 0.02;

    /// <summary>The passes run and the JIT's share of the registry's CPU in the last one, for the scenario's notes.</summary>
    public sealed record Passes(int Count, double JitShare, bool Settled)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Count} unmeasured pass{(Count == 1 ? "" : "es")} (JIT {JitShare:P1} of the registry's CPU in the last{(Settled ? "" : ", not settled")})");
    }

    /// <summary>Runs <paramref name="pass"/> at least <paramref name="minimum"/> times, then until the JIT has settled or <paramref name="maximum"/> passes.</summary>
    public static async Task<Passes> UntilCompiledAsync(BenchTarget target, Func<Task> pass, int minimum, int maximum, CancellationToken cancellationToken)
    {
        using var metrics = new HttpClient { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        // One reading between passes: the end of one pass is the start of the next (a scrape also
        // refreshes the register's gauges, which scan the commitments).
        var jit = await JitSecondsAsync(metrics, target, cancellationToken);
        var cpu = ProcessCpu.Of(target.RegistryPid);
        for (var count = 1; ; count++)
        {
            await pass();
            var (jitAfter, cpuAfter) = (await JitSecondsAsync(metrics, target, cancellationToken), ProcessCpu.Of(target.RegistryPid));
            var share = (jitAfter - jit) / Math.Max((cpuAfter - cpu).TotalSeconds, 0.01);
            var settled = share < SettledShare;
            if ((count >= minimum && settled) || count >= maximum)
                return new Passes(count, share, settled);
            (jit, cpu) = (jitAfter, cpuAfter);
        }
    }

    /// <summary>The time the registry's JIT has spent so far, from the runtime's own counter on its Prometheus endpoint.</summary>
    private static async Task<double> JitSecondsAsync(HttpClient metrics, BenchTarget target, CancellationToken cancellationToken)
    {
        var text = await metrics.GetStringAsync(new Uri(target.Registry, "/metrics"), cancellationToken);
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("dotnet_jit_compilation_time_seconds_total", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("the registry's /metrics has no dotnet_jit_compilation_time_seconds_total (Telemetry:Prometheus off?)");
        return double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
    }
}
