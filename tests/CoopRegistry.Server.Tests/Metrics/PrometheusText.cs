using System.Globalization;
using System.Net;

namespace CoopRegistry.Server.Tests.Metrics;

/// <summary>A registry's GET /metrics, and the values of its series.</summary>
public static class PrometheusText
{
    public static async Task<string> ScrapeAsync(RegistryFactory host)
    {
        using var http = host.CreateClient();
        using var answer = await http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return await answer.Content.ReadAsStringAsync();
    }

    /// <summary>The value of the metric's series that has all these labels (in any order, among others).</summary>
    public static double Value(string text, string metric, params string[] labels) =>
        ValueOrNone(text, metric, labels) ?? throw new Xunit.Sdk.XunitException($"{metric} {string.Join(",", labels)} is not in /metrics:\n{text}");

    public static double? ValueOrNone(string text, string metric, params string[] labels)
    {
        var line = text.Split('\n').FirstOrDefault(l => (l.StartsWith(metric + "{", StringComparison.Ordinal) || l.StartsWith(metric + " ", StringComparison.Ordinal))
            && labels.All(label => l.Contains(label, StringComparison.Ordinal)));
        return line is null ? null : double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
    }
}
