using System.Diagnostics;
using System.Globalization;
using CoopRegistry.Benchmarks.Running;
using CoopRegistry.Clients;
using CoopRegistry.Contracts.V1;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Benchmarks.Scenarios;

/// <summary>3. CreateCommitment (with its audit entry and feed notification) against pgbench's tpcb-like transaction, same client count.</summary>
public static class CreateCommitmentScenario
{
    // Unmeasured creates first, as pgbench's own start is not measured either. Counts, not seconds:
    // a fresh registry's CPU per create fell from 5-6 ms over its first 2,000 creates to 1.2-1.5 ms
    // from about the 5,500th on (/proc by 5 s slices, load 20-38, 2026-12-07: the JIT's tier-up
    // competing with the load), so the 15 s after a 10 s warm-up measured mostly the tier-up:
    // at least six passes of a thousand, then more until the JIT has settled.
    private const int WarmUpPassCreates = 1_000;

    public static async Task<BenchResult> RunAsync(BenchTarget target, CancellationToken cancellationToken)
    {
        var commitments = target.Manager.GetRequiredService<CommitmentService.CommitmentServiceClient>();
        await commitments.CreateCommitmentAsync(New(0), cancellationToken: cancellationToken);
        var warmedUp = 0;
        var warmUp = await WarmUp.UntilCompiledAsync(target, async () =>
            warmedUp += await LoadAsync(commitments, target.Clients, (created, _) => created < WarmUpPassCreates, first: 500_000 + warmedUp, cancellationToken),
            minimum: 6, maximum: 20, cancellationToken);
        var cpu = await ProcessCpu.ReadAsync(target, cancellationToken);
        var clock = Stopwatch.StartNew();
        var created = await LoadAsync(commitments, target.Clients, (_, elapsed) => elapsed < target.Duration, first: 0, cancellationToken);
        var registry = created / clock.Elapsed.TotalSeconds;
        var perCreate = (await ProcessCpu.ReadAsync(target, cancellationToken)).PerCall(cpu, created);
        return new BenchResult("3. CreateCommitment vs pgbench tpcb-like", registry, await PgBench.TpsAsync(target, target.Duration, [], cancellationToken), "tx/s", 0.5, HigherIsBetter: true,
            $"{target.Clients} clients for {target.Duration.TotalSeconds:0} s each, after {warmUp} of {WarmUpPassCreates} creates; {perCreate}");
    }

    /// <summary>Creates as fast as <paramref name="clients"/> callers can while <paramref name="going"/> (created so far, time so far) holds; how many were created.</summary>
    private static async Task<int> LoadAsync(CommitmentService.CommitmentServiceClient commitments, int clients, Func<int, TimeSpan, bool> going, int first, CancellationToken cancellationToken)
    {
        var created = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            for (var i = 0; going(Volatile.Read(ref created), clock.Elapsed); i++)
            {
                await commitments.CreateCommitmentAsync(New(first + client * 1_000_000 + i), cancellationToken: cancellationToken);
                Interlocked.Increment(ref created);
            }
        }));
        return created;
    }

    private static CreateCommitmentRequest New(int n) => new()
    {
        Commitment = new Commitment
        {
            Source = new CommitmentSource { Record = GetAgreementScenario.Agreement, Section = "mục 1" },
            LeadAgency = "agencies/vn30-so-cong-thuong",
            ResponsiblePerson = "Giám đốc Sở Công Thương",
            Task = string.Create(CultureInfo.InvariantCulture, $"Nhiệm vụ đo tải số {n}"),
            Deliverable = "Báo cáo kết quả",
            Deadline = new Deadline { Text = "chậm nhất ngày 30/6/2027" },
        },
        RequestId = RequestIds.NewId().ToString(), // as the client library makes them
    };
}
