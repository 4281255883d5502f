using CoopRegistry.Benchmarks.Running;
using CoopRegistry.Contracts.V1;
using Grpc.Health.V1;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Benchmarks.Scenarios;

/// <summary>1. GetAgreement with a real token, by h2load, against the health check's Check under the same settings.</summary>
public static class GetAgreementScenario
{
    public const string Agreement = "agreements/ga0000000";

    public static async Task<BenchResult> RunAsync(BenchTarget target, CancellationToken cancellationToken)
    {
        var request = new GetAgreementRequest { Name = Agreement };
        // h2load sees HTTP 200 even when grpc-status is an error: one real call proves the request is good.
        await target.Auditor.GetRequiredService<AgreementService.AgreementServiceClient>().GetAgreementAsync(request, cancellationToken: cancellationToken);
        var token = await BenchTarget.TokenAsync(target.Auditor, cancellationToken);
        var requests = 20_000;
        var getAgreement = new Uri(target.Registry, "/coopregistry.v1.AgreementService/GetAgreement");
        var check = new Uri(target.Registry, "/grpc.health.v1.Health/Check");
        // Steady state on both sides: a first, unmeasured pass each (the registry has just started:
        // its code is still being compiled and its pooled connections opened and their statements prepared).
        await H2Load.RunAsync(getAgreement, request, token, target.Clients, requests, cancellationToken);
        await H2Load.RunAsync(check, new HealthCheckRequest(), token, target.Clients, requests, cancellationToken);
        var registry = await H2Load.RunAsync(getAgreement, request, token, target.Clients, requests, cancellationToken);
        var baseline = await H2Load.RunAsync(check, new HealthCheckRequest(), token, target.Clients, requests, cancellationToken);
        return new BenchResult("1. GetAgreement vs health Check (h2load)", registry.RequestsPerSecond, baseline.RequestsPerSecond, "req/s", 0.5, HigherIsBetter: true,
            $"{requests} requests after as many unmeasured, {target.Clients} connections × 10 streams, one agreement");
    }
}
