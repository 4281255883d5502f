using System.Globalization;
using CoopRegistry.Benchmarks.Running;
using CoopRegistry.Contracts.V1;
using Grpc.Health.V1;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Benchmarks.Scenarios;

/// <summary>
/// 1. GetAgreement with a real token, by h2load, against PostgreSQL's own indexed read (pgbench -S
/// -M prepared) at the same client count; and the health service's Check, which answers from its
/// latest probe and is called without a token as a probe calls it, against GetAgreement: bare gRPC
/// against a read.
/// </summary>
public static class GetAgreementScenario
{
    public const string Agreement = "agreements/ga0000000";

    private const int Rounds = 3;
    private const int Requests = 20_000;
    private static readonly TimeSpan PgBenchTime = TimeSpan.FromSeconds(5);

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchTarget target, CancellationToken cancellationToken)
    {
        var request = new GetAgreementRequest { Name = Agreement };
        // h2load sees HTTP 200 even when grpc-status is an error: the answer of one real call is what every call must carry.
        var agreement = await target.Auditor.GetRequiredService<AgreementService.AgreementServiceClient>().GetAgreementAsync(request, cancellationToken: cancellationToken);
        var serving = new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving };
        var token = await BenchTarget.TokenAsync(target.Auditor, cancellationToken);
        var getAgreement = new Uri(target.Registry, "/coopregistry.v1.AgreementService/GetAgreement");
        var check = new Uri(target.Registry, "/grpc.health.v1.Health/Check");
        Task<H2LoadResult> GetAgreementAsync() => Answered(H2Load.RunAsync(getAgreement, request, agreement, token, target.Clients, Requests, cancellationToken));
        // Without a token, as a load balancer's or orchestrator's probe calls it: health reads none, and
        // h2load re-sends a header it never indexes, Huffman-coded, on every call (a fifth of a Check's work).
        Task<H2LoadResult> CheckAsync() => Answered(H2Load.RunAsync(check, new HealthCheckRequest(), serving, token: null, target.Clients, Requests, cancellationToken));
        // Steady state: unmeasured passes of each until the registry's code is compiled (it has just
        // started: its pooled connections are opened and their statements prepared in the first too).
        var warmUp = await WarmUp.UntilCompiledAsync(target, async () =>
        {
            await GetAgreementAsync();
            await CheckAsync();
        }, minimum: 2, maximum: 10, cancellationToken);
        // Alternating rounds, each reported by the round whose ratio is the median: the machine's
        // other load moves every side (a baseline has moved by twice within an hour), and a round
        // pairs passes that ran under about the same load.
        var rounds = new List<(double Registry, double PgBench, double Check)>();
        // What one Get costs each side, from /proc over the measured Get passes: steadier than the rates under the neighbours' load.
        var getCpu = TimeSpan.Zero;
        var getPostgresCpu = TimeSpan.Zero;
        for (var round = 0; round < Rounds; round++)
        {
            var before = await ProcessCpu.ReadAsync(target, cancellationToken);
            var registry = (await GetAgreementAsync()).RequestsPerSecond;
            var after = await ProcessCpu.ReadAsync(target, cancellationToken);
            getCpu += after.Registry - before.Registry;
            getPostgresCpu += after.Postgres - before.Postgres;
            var pgbench = await PgBench.TpsAsync(target, PgBenchTime, ["-S", "-M", "prepared"], cancellationToken);
            var health = (await CheckAsync()).RequestsPerSecond;
            rounds.Add((registry, pgbench, health));
        }
        var read = rounds.OrderBy(r => r.Registry / r.PgBench).ElementAt(Rounds / 2);
        var bare = rounds.OrderBy(r => r.Check / r.Registry).ElementAt(Rounds / 2);
        var settings = $"{target.Clients} connections × {H2Load.DefaultStreams} streams, {Requests} requests a pass after {warmUp} of each, median of {Rounds} alternating rounds";
        var perGet = string.Create(CultureInfo.InvariantCulture,
            $"CPU per Get: registry {getCpu.TotalMicroseconds / (Rounds * Requests):0} µs, PostgreSQL {getPostgresCpu.TotalMicroseconds / (Rounds * Requests):0} µs");
        return
        [
            new BenchResult("1a. GetAgreement vs pgbench -S -M prepared", read.Registry, read.PgBench, "req/s", 0.5, HigherIsBetter: true,
                $"{settings}, one agreement; pgbench {target.Clients} clients × {PgBenchTime.TotalSeconds:0} s, scale 1; {perGet}"),
            new BenchResult("1b. health Check vs GetAgreement", bare.Check, bare.Registry, "req/s", 10, HigherIsBetter: true, settings),
        ];
    }

    /// <summary>The pass, refused unless every call answered: a rate of failures measures nothing.</summary>
    private static async Task<H2LoadResult> Answered(Task<H2LoadResult> pass)
    {
        var result = await pass;
        return result.Answered == result.Sent ? result
            : throw new InvalidOperationException($"{result.Sent - result.Answered} of {result.Sent} calls failed (grpc-status not OK)");
    }
}
