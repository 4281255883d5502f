using System.Diagnostics;
using System.Globalization;
using CoopRegistry.Benchmarks.Running;
using CoopRegistry.Contracts.V1;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Benchmarks.Scenarios;

/// <summary>3. CreateCommitment (with its audit entry and feed notification) against pgbench's tpcb-like transaction, same client count.</summary>
public static class CreateCommitmentScenario
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(10);

    public static async Task<BenchResult> RunAsync(BenchTarget target, CancellationToken cancellationToken)
    {
        var commitments = target.Manager.GetRequiredService<CommitmentService.CommitmentServiceClient>();
        await commitments.CreateCommitmentAsync(New(0), cancellationToken: cancellationToken);
        // Unmeasured seconds first, as pgbench's own start is not measured either. Ten, not three: a
        // just-started registry under full load ran its first 15 s at about half its later rate
        // (the JIT's background tier-up competes with the load for the two cores).
        await LoadAsync(commitments, target.Clients, WarmUp, first: 500_000, cancellationToken);
        var cpu = await ProcessCpu.ReadAsync(target, cancellationToken);
        var clock = Stopwatch.StartNew();
        var created = await LoadAsync(commitments, target.Clients, target.Duration, first: 0, cancellationToken);
        var registry = created / clock.Elapsed.TotalSeconds;
        var perCreate = (await ProcessCpu.ReadAsync(target, cancellationToken)).PerCall(cpu, created);
        return new BenchResult("3. CreateCommitment vs pgbench tpcb-like", registry, await PgBench.TpsAsync(target, target.Duration, [], cancellationToken), "tx/s", 0.5, HigherIsBetter: true,
            $"{target.Clients} clients for {target.Duration.TotalSeconds:0} s each, after {WarmUp.TotalSeconds:0} s unmeasured; {perCreate}");
    }

    /// <summary>Creates as fast as <paramref name="clients"/> callers can for <paramref name="duration"/>; how many were created.</summary>
    private static async Task<int> LoadAsync(CommitmentService.CommitmentServiceClient commitments, int clients, TimeSpan duration, int first, CancellationToken cancellationToken)
    {
        var created = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            for (var i = 0; clock.Elapsed < duration; i++)
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
        RequestId = Guid.NewGuid().ToString(),
    };
}
