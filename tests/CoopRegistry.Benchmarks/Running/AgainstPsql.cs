using System.Diagnostics;

namespace CoopRegistry.Benchmarks.Running;

/// <summary>
/// A registry call timed against psql running the same work written by hand (scenarios 5 and 6):
/// unmeasured calls first, so that a steady state is measured rather than a fresh registry's JIT,
/// connections and caches; then alternating blocks of registry calls and psql runs, so that the
/// machine's other load falls on both sides alike rather than on whichever ran second.
/// </summary>
public static class AgainstPsql
{
    /// <param name="WarmUp">The unmeasured calls' times, in order.</param>
    /// <param name="RegistryCpu">The registry process's CPU over the measured calls.</param>
    public sealed record Times(List<double> Registry, List<double> Psql, List<double> WarmUp, TimeSpan RegistryCpu);

    /// <param name="statementsPerRun">Statements in <paramref name="sql"/>: psql reports each, and a run's time is their sum.</param>
    public static async Task<Times> MeasureAsync(BenchTarget target, Func<Task> call, string sql, int statementsPerRun,
        int warmUpCalls, int blocks, int blockSize, CancellationToken cancellationToken)
    {
        var warmUp = new List<double>();
        for (var i = 0; i < warmUpCalls; i++)
            warmUp.Add(await TimeAsync(call));
        // psql's unmeasured block too, so that neither side measures pages the other left cold.
        await RunsAsync(target, sql, statementsPerRun, blockSize, cancellationToken);
        var registry = new List<double>();
        var psql = new List<double>();
        var cpu = TimeSpan.Zero;
        for (var block = 0; block < blocks; block++)
        {
            var before = ProcessCpu.Of(target.RegistryPid);
            for (var i = 0; i < blockSize; i++)
                registry.Add(await TimeAsync(call));
            cpu += ProcessCpu.Of(target.RegistryPid) - before;
            psql.AddRange(await RunsAsync(target, sql, statementsPerRun, blockSize, cancellationToken));
        }
        return new Times(registry, psql, warmUp, cpu);
    }

    private static async Task<double> TimeAsync(Func<Task> call)
    {
        var clock = Stopwatch.StartNew();
        await call();
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>One psql session of <paramref name="runs"/> runs; its first run (the session's catalog loads) is not counted.</summary>
    private static async Task<IEnumerable<double>> RunsAsync(BenchTarget target, string sql, int statementsPerRun, int runs, CancellationToken cancellationToken)
    {
        var statements = await Psql.TimingsAsync(target.Database, sql, runs + 1, cancellationToken);
        return statements.Chunk(statementsPerRun).Skip(1).Select(run => run.Sum());
    }
}
