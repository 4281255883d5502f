using CoopRegistry.Benchmarks.Running;
using CoopRegistry.Contracts.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Benchmarks.Scenarios;

/// <summary>
/// 2. No collapse under load: far more concurrent calls than the registry has pooled connections
/// (h2load's 16 connections × 16 streams, then 1,000 calls at once from 50 clients of their own
/// connection each). Every call must answer; the figure is calls answered against calls sent.
/// </summary>
public static class LoadScenario
{
    private const int H2LoadClients = 16;
    private const int H2LoadStreams = 16;
    private const int H2LoadRequests = 20_000;
    private const int Clients = 50;
    private const int CallsPerClient = 20;

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchTarget target, CancellationToken cancellationToken)
    {
        var request = new GetAgreementRequest { Name = GetAgreementScenario.Agreement };
        var agreement = await target.Auditor.GetRequiredService<AgreementService.AgreementServiceClient>().GetAgreementAsync(request, cancellationToken: cancellationToken);
        var token = await BenchTarget.TokenAsync(target.Auditor, cancellationToken);
        var streams = await H2Load.RunAsync(new Uri(target.Registry, "/coopregistry.v1.AgreementService/GetAgreement"), request, agreement, token,
            H2LoadClients, H2LoadRequests, cancellationToken, H2LoadStreams);
        var (answered, failures) = await ThousandCallsAsync(target.Registry, request, token, cancellationToken);
        return
        [
            new BenchResult($"2a. {H2LoadClients * H2LoadStreams} streams: calls answered", streams.Answered, streams.Sent, "calls", 1, HigherIsBetter: true,
                $"h2load -c {H2LoadClients} -m {H2LoadStreams}, GetAgreement, {streams.RequestsPerSecond:0} req/s"),
            new BenchResult($"2b. {Clients * CallsPerClient:N0} calls at once: answered", answered, Clients * CallsPerClient, "calls", 1, HigherIsBetter: true,
                $"{Clients} clients × {CallsPerClient} concurrent GetAgreement calls{failures}"),
        ];
    }

    /// <summary>Every call of every client started at once; how many answered, and the statuses of those that did not.</summary>
    private static async Task<(int Answered, string Failures)> ThousandCallsAsync(Uri registry, GetAgreementRequest request, string token, CancellationToken cancellationToken)
    {
        var headers = new Metadata { { "authorization", $"Bearer {token}" } };
        var channels = Enumerable.Range(0, Clients).Select(_ => GrpcChannel.ForAddress(registry)).ToList();
        try
        {
            var calls = channels.SelectMany(channel => Enumerable.Range(0, CallsPerClient).Select(async _ =>
            {
                try
                {
                    await new AgreementService.AgreementServiceClient(channel).GetAgreementAsync(request, headers, cancellationToken: cancellationToken);
                    return StatusCode.OK;
                }
                catch (RpcException e)
                {
                    return e.StatusCode;
                }
            }));
            var statuses = await Task.WhenAll(calls);
            var failed = statuses.Where(s => s != StatusCode.OK).GroupBy(s => s).Select(g => $"{g.Count()} {g.Key}").ToList();
            return (statuses.Count(s => s == StatusCode.OK), failed.Count == 0 ? "" : $"; failed: {string.Join(", ", failed)}");
        }
        finally
        {
            channels.ForEach(channel => channel.Dispose());
        }
    }
}
