using System.Globalization;
using System.Text.RegularExpressions;

namespace CoopRegistry.Benchmarks.Running;

/// <summary>Runs SQL in psql with \timing and returns the server times psql reports, one per statement.</summary>
public static partial class Psql
{
    public static async Task<List<double>> TimingsAsync(PostgresTarget database, string sql, int repeat, CancellationToken cancellationToken)
    {
        var script = Path.GetTempFileName();
        await File.WriteAllTextAsync(script, "\\timing on\n\\o /dev/null\n" + string.Concat(Enumerable.Repeat(sql.Trim() + "\n", repeat)), cancellationToken);
        try
        {
            var output = await ExternalTool.RunAsync(database.Tool("psql"), [.. database.ConnectionArguments(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", script], cancellationToken);
            return TimePattern().Matches(output).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        }
        finally
        {
            File.Delete(script);
        }
    }

    [GeneratedRegex(@"Time: ([\d.]+) ms")]
    private static partial Regex TimePattern();
}
