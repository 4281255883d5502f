using System.Globalization;
using CoopRegistry.Benchmarks.Running;

namespace CoopRegistry.Benchmarks.Scenarios;

/// <summary>7. The registry process's peak resident memory (VmHWM) through all the scenarios, against the 400 MiB budget.</summary>
public static class MemoryScenario
{
    private const double BudgetMiB = 400;

    public static async Task<BenchResult> RunAsync(BenchTarget target, CancellationToken cancellationToken)
    {
        var status = await File.ReadAllLinesAsync($"/proc/{target.RegistryPid}/status", cancellationToken);
        var peakKiB = status.Single(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var peak = double.Parse(peakKiB, CultureInfo.InvariantCulture) / 1024;
        return new BenchResult("7. Peak resident memory vs budget", peak, BudgetMiB, "MiB", 1, HigherIsBetter: false);
    }
}
