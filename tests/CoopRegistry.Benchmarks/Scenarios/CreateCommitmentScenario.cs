using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CoopRegistry.Benchmarks.Running;
using CoopRegistry.Contracts.V1;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Benchmarks.Scenarios;

/// <summary>2. CreateCommitment (with its audit entry and feed notification) against pgbench's tpcb-like transaction, same client count.</summary>
public static partial class CreateCommitmentScenario
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
        var clock = Stopwatch.StartNew();
        var created = await LoadAsync(commitments, target.Clients, target.Duration, first: 0, cancellationToken);
        var registry = created / clock.Elapsed.TotalSeconds;
        return new BenchResult("2. CreateCommitment vs pgbench tpcb-like", registry, await PgBenchAsync(target, cancellationToken), "tx/s", 0.5, HigherIsBetter: true,
            $"{target.Clients} clients for {target.Duration.TotalSeconds:0} s each, after {WarmUp.TotalSeconds:0} s unmeasured");
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

    /// <summary>pgbench's built-in transaction on its own database in the same cluster (scale 1, created once).</summary>
    private static async Task<double> PgBenchAsync(BenchTarget target, CancellationToken cancellationToken)
    {
        var database = target.Database;
        const string bench = "pgbench_baseline";
        await ExternalTool.RunAsync(database.Tool("psql"), [.. database.ConnectionArguments(), "-X", "-q", "-c", $"DROP DATABASE IF EXISTS {bench}", "-c", $"CREATE DATABASE {bench}"], cancellationToken);
        await ExternalTool.RunAsync(database.Tool("pgbench"), [.. database.ConnectionArguments(bench), "-i", "-s", "1", "-q"], cancellationToken);
        var clients = target.Clients.ToString(CultureInfo.InvariantCulture);
        var output = await ExternalTool.RunAsync(database.Tool("pgbench"),
            [.. database.ConnectionArguments(bench), "-c", clients, "-j", "2", "-T", ((int)target.Duration.TotalSeconds).ToString(CultureInfo.InvariantCulture)], cancellationToken);
        var tps = TpsPattern().Match(output);
        return tps.Success ? double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException($"pgbench printed no tps:\n{output}");
    }

    [GeneratedRegex(@"tps = ([\d.]+) \(without initial connection time\)")]
    private static partial Regex TpsPattern();
}
