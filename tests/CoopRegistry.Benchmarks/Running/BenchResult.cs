using System.Globalization;
using System.Text.Json;

namespace CoopRegistry.Benchmarks.Running;

/// <summary>
/// One scenario's outcome: the registry's figure, its baseline measured in the same run, and the
/// ratio judged against the goal. <see cref="HigherIsBetter"/> says which way the goal points
/// (throughput: ratio at least the goal; time: ratio at most the goal).
/// </summary>
public sealed record BenchResult(string Scenario, double Registry, double Baseline, string Unit, double Goal, bool HigherIsBetter, string? Note = null)
{
    public double Ratio => Baseline == 0 ? double.NaN : Registry / Baseline;

    public bool Met => HigherIsBetter ? Ratio >= Goal : Ratio <= Goal;

    public string GoalText => (HigherIsBetter ? "≥ " : "≤ ") + Goal.ToString("0.##", CultureInfo.InvariantCulture) + "×";

    /// <summary>Per-call cost on the whole dataset over its cost on a tenth (<see cref="CostGrowth"/>); null when not measured.</summary>
    public double? Growth { get; init; }

    public bool? GrowthMet => Growth is { } growth ? growth <= CostGrowth.Goal : null;

    /// <summary>The baseline's own growth between the same two runs (<see cref="CostGrowth"/>).</summary>
    public double? BaselineGrowth { get; init; }
}

/// <summary>The table the benchmark prints, and the same as JSON.</summary>
public static class BenchReport
{
    public static void Print(IReadOnlyList<BenchResult> results, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"| {"scenario",-44} | {"registry",16} | {"baseline",16} | {"ratio",7} | {"goal",7} | met | {"growth",6} | met | {"base growth",11} |");
        output.WriteLine($"|{new string('-', 46)}|{new string('-', 18)}|{new string('-', 18)}|{new string('-', 9)}|{new string('-', 9)}|-----|{new string('-', 8)}|-----|{new string('-', 13)}|");
        foreach (var r in results)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Scenario,-44} | {Figure(r.Registry, r.Unit),16} | {Figure(r.Baseline, r.Unit),16} | {r.Ratio,7:0.00} | {r.GoalText,7} | {(r.Met ? "yes" : "NO"),-3} | {Times(r.Growth),6} | {(r.GrowthMet is { } met ? (met ? "yes" : "NO") : "-"),-3} | {Times(r.BaselineGrowth),11} |"));
        foreach (var r in results.Where(r => r.Note is not null))
            output.WriteLine($"  {r.Scenario}: {r.Note}");
    }

    public static async Task WriteJsonAsync(IReadOnlyList<BenchResult> results, string path, string? tenthLoad, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, new
        {
            machine = new { Environment.ProcessorCount, os = Environment.OSVersion.VersionString, load = LoadAverage() },
            time = DateTime.UtcNow,
            growth = new { goal = CostGrowth.Goal, tenthLoad },
            results = results.Select(r => new { r.Scenario, r.Registry, r.Baseline, r.Unit, r.Ratio, goal = r.GoalText, r.Met, r.Growth, r.GrowthMet, r.BaselineGrowth, r.Note }),
        }, new JsonSerializerOptions { WriteIndented = true }, cancellationToken);
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "";

    private static string Times(double? growth) => growth is { } g ? g.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    private static string Figure(double value, string unit) => string.Create(CultureInfo.InvariantCulture, $"{value:0.##} {unit}");
}
