using System.Diagnostics;
using System.Globalization;
using CoopRegistry.Benchmarks.Running;
using CoopRegistry.Contracts.V1;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Benchmarks.Scenarios;

/// <summary>4. Every commitment through ListCommitments, 1,000 a page, against COPY of the same table to /dev/null.</summary>
public static class PagingScenario
{
    // A fresh registry's list path is still being tiered up by the JIT for its first few hundred
    // pages (CPU per page 49, 41, 23, 21 ms over the first four hundreds, then 12-15 ms: docs/performance.md):
    // at least five unmeasured passes of a hundred pages, then more until the JIT has settled.
    private const int WarmUpPassPages = 100;

    public static async Task<BenchResult> RunAsync(BenchTarget target, CancellationToken cancellationToken)
    {
        var commitments = target.Auditor.GetRequiredService<CommitmentService.CommitmentServiceClient>();
        // Unmeasured first pages, as for the other throughput scenarios: the listing path's JIT tier-up.
        var warm = "";
        var warmUp = await WarmUp.UntilCompiledAsync(target, async () =>
        {
            for (var i = 0; i < WarmUpPassPages; i++)
                warm = (await commitments.ListCommitmentsAsync(new ListCommitmentsRequest { PageSize = 1000, PageToken = warm }, cancellationToken: cancellationToken)).NextPageToken;
        }, minimum: 5, maximum: 20, cancellationToken);
        var rows = 0L;
        var pages = 0;
        var token = "";
        var cpu = await ProcessCpu.ReadAsync(target, cancellationToken);
        var client = ProcessCpu.Of(Environment.ProcessId);
        var clock = Stopwatch.StartNew();
        do
        {
            var page = await commitments.ListCommitmentsAsync(new ListCommitmentsRequest { PageSize = 1000, PageToken = token }, cancellationToken: cancellationToken);
            rows += page.Commitments.Count;
            pages++;
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        var registry = rows / clock.Elapsed.TotalSeconds;
        var wall = clock.Elapsed.TotalMilliseconds / pages;
        var clientPerPage = (ProcessCpu.Of(Environment.ProcessId) - client).TotalMilliseconds / pages;
        var spent = await ProcessCpu.ReadAsync(target, cancellationToken);
        var (registryPerPage, postgresPerPage) = ((spent.Registry - cpu.Registry).TotalMilliseconds / pages, (spent.Postgres - cpu.Postgres).TotalMilliseconds / pages);

        var database = target.Database;
        clock.Restart();
        await ExternalTool.RunAsync(database.Tool("psql"), [.. database.ConnectionArguments(), "-X", "-q", "-c", "\\copy registry.commitments TO '/dev/null'"], cancellationToken);
        var baseline = rows / clock.Elapsed.TotalSeconds;
        // The whole page, not just the registry's CPU: one page is in flight at a time (each page's
        // token comes with the page before), so its wall time is about the three processes' CPU one
        // after another (docs/performance.md, item 4). COPY's backend exits with psql: no figure for it.
        return new BenchResult("4. ListCommitments paging vs COPY", registry, baseline, "rows/s", 0.3, HigherIsBetter: true,
            string.Create(CultureInfo.InvariantCulture, $"{rows:N0} commitments, after {warmUp} of {WarmUpPassPages} pages; a page {wall:0.0} ms, CPU a page: registry {registryPerPage:0.0} ms, PostgreSQL {postgresPerPage:0.0} ms, this client {clientPerPage:0.0} ms"));
    }
}
