using System.Diagnostics;
using CoopRegistry.Benchmarks.Running;
using CoopRegistry.Contracts.V1;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Benchmarks.Scenarios;

/// <summary>6. Accent-insensitive text search, p95, against the same query in psql.</summary>
public static class SearchScenario
{
    // The p95 of 50 was the third-slowest call: one neighbour's burst moved it. 200 make it the tenth.
    private const int Runs = 200;
    private const int BlockSize = 20;

    private const string Query = """
        SELECT * FROM registry.commitments
        WHERE delete_time IS NULL AND search_key LIKE '%' || registry.search_key('xuc tien dau tu') || '%'
        ORDER BY create_time DESC, id DESC LIMIT 51;
        """;

    public static async Task<BenchResult> RunAsync(BenchTarget target, CancellationToken cancellationToken)
    {
        var commitments = target.Auditor.GetRequiredService<CommitmentService.CommitmentServiceClient>();
        var request = new ListCommitmentsRequest { Filter = "\"xuc tien dau tu\"", PageSize = 50, OrderBy = "create_time desc" };
        // One unmeasured block each side first, so that neither measures the other's cold pages.
        for (var i = 0; i < BlockSize; i++)
        {
            await commitments.ListCommitmentsAsync(request, cancellationToken: cancellationToken);
        }
        await Psql.TimingsAsync(target.Database, Query, BlockSize, cancellationToken);
        // Alternating blocks of registry calls and psql runs, so the machine's other load falls on
        // both sides alike rather than on whichever ran second.
        var times = new List<double>();
        var sql = new List<double>();
        var cpu = TimeSpan.Zero;
        for (var block = 0; block < Runs / BlockSize; block++)
        {
            var blockCpu = ProcessCpu.Of(target.RegistryPid);
            for (var i = 0; i < BlockSize; i++)
            {
                var clock = Stopwatch.StartNew();
                await commitments.ListCommitmentsAsync(request, cancellationToken: cancellationToken);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            cpu += ProcessCpu.Of(target.RegistryPid) - blockCpu;
            // Each block is a new psql session: its first run loads the catalog caches, so it is not counted.
            sql.AddRange((await Psql.TimingsAsync(target.Database, Query, BlockSize + 1, cancellationToken)).Skip(1));
        }
        return new BenchResult("6. Search p95 vs psql", Stats.Percentile(times, 95), Stats.Percentile(sql, 95), "ms", 2, HigherIsBetter: false,
            $"{Runs} runs of \"xuc tien dau tu\", 50 a page, in alternating blocks of {BlockSize} after one unmeasured block each; median {Stats.Percentile(times, 50):0.0} ms against psql's {Stats.Percentile(sql, 50):0.0}; registry CPU {cpu.TotalMilliseconds / Runs:0.0} ms a call");
    }
}
