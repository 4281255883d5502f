using System.Text.Json;

namespace CoopRegistry.Benchmarks.Running;

/// <summary>
/// Cost growth (issue 19): each scenario's per-call cost on the whole dataset over the same
/// scenario's on a tenth of it, which the same `./coop bench` measured just before against a
/// registry on a tenth-scale database (that run's JSON). A rate's cost per call is its inverse, a
/// time's or a memory's the figure itself; a count of calls answered has none. The baseline's own
/// growth is shown beside it: a baseline that does not depend on the data (pgbench, the memory
/// budget) moved with the machine's load between the two runs, one that does (psql's search, the
/// report's SQL) says how much of the growth is PostgreSQL's own.
/// </summary>
public static class CostGrowth
{
    /// <summary>Ten times the data may cost at most this much more per call.</summary>
    public const double Goal = 1.5;

    /// <summary><paramref name="whole"/> with each scenario's growth over the tenth-scale run written to <paramref name="tenthJson"/>.</summary>
    public static async Task<(IReadOnlyList<BenchResult> Results, string? TenthLoad)> AddAsync(
        IReadOnlyList<BenchResult> whole, string tenthJson, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(tenthJson);
        using var json = await JsonDocument.ParseAsync(file, cancellationToken: cancellationToken);
        var tenth = json.RootElement.GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("Scenario").GetString()!, r => (Registry: r.GetProperty("Registry").GetDouble(), Baseline: r.GetProperty("Baseline").GetDouble()));
        var load = json.RootElement.GetProperty("machine").GetProperty("load").GetString();
        var results = whole.Select(r => tenth.TryGetValue(r.Scenario, out var small)
            ? r with { Growth = Growth(r.Unit, small.Registry, r.Registry), BaselineGrowth = Growth(r.Unit, small.Baseline, r.Baseline) }
            : r).ToList();
        return (results, load);
    }

    private static double? Growth(string unit, double tenth, double whole) =>
        CostOf(unit, tenth) is { } before && CostOf(unit, whole) is { } after ? after / before : null;

    private static double? CostOf(string unit, double figure) => figure <= 0 ? null : unit switch
    {
        _ when unit.EndsWith("/s", StringComparison.Ordinal) => 1 / figure,
        "ms" or "MiB" => figure,
        _ => null,
    };
}
