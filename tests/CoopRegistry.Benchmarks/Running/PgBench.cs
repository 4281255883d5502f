using System.Globalization;
using System.Text.RegularExpressions;

namespace CoopRegistry.Benchmarks.Running;

/// <summary>pgbench on its own database in the benchmark's cluster (scale 1: 100,000 accounts), made once per run.</summary>
public static partial class PgBench
{
    private const string Database = "pgbench_baseline";
    private static bool created;

    /// <summary>Transactions per second of pgbench with <paramref name="options"/> (e.g. -S -M prepared), the benchmark's client count.</summary>
    public static async Task<double> TpsAsync(BenchTarget target, TimeSpan duration, IEnumerable<string> options, CancellationToken cancellationToken)
    {
        var database = target.Database;
        if (!created)
        {
            await ExternalTool.RunAsync(database.Tool("psql"), [.. database.ConnectionArguments(), "-X", "-q", "-c", $"DROP DATABASE IF EXISTS {Database}", "-c", $"CREATE DATABASE {Database}"], cancellationToken);
            await ExternalTool.RunAsync(database.Tool("pgbench"), [.. database.ConnectionArguments(Database), "-i", "-s", "1", "-q"], cancellationToken);
            created = true;
        }
        var output = await ExternalTool.RunAsync(database.Tool("pgbench"),
        [
            .. database.ConnectionArguments(Database), .. options, "-c", target.Clients.ToString(CultureInfo.InvariantCulture), "-j", "2",
            "-T", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture),
        ], cancellationToken);
        var tps = TpsPattern().Match(output);
        return tps.Success ? double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException($"pgbench printed no tps:\n{output}");
    }

    [GeneratedRegex(@"tps = ([\d.]+) \(without initial connection time\)")]
    private static partial Regex TpsPattern();
}
