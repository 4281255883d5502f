using System.Text.RegularExpressions;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Tests.Audit;
using CoopRegistry.Server.Tests.Commitments;
using Google.Rpc;
using Microsoft.Extensions.DependencyInjection;
using static CoopRegistry.Server.Tests.Metrics.PrometheusText;

namespace CoopRegistry.Server.Tests.Metrics;

/// <summary>GET /metrics: Prometheus's text with the platform's metrics and the registry's own, read from what the registry did.</summary>
public class MetricsEndpointTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    private const string Create = "/coopregistry.v1.CommitmentService/CreateCommitment";

    [Fact]
    public async Task Metrics_count_calls_refusals_checkpoints_and_read_the_register()
    {
        // A commitment due 30/06/2026, overdue once the clock passes it; then one refused write.
        registry.Clock.Now = CommitmentRegistry.Start;
        var commitment = await registry.CreateAsync(registry.Complete("Hội nghị đo lường"));
        var refused = await Assert.ThrowsAsync<RpcException>(() => registry.Client(TestCallers.Ratanakiri)
            .CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = registry.Complete() }).ResponseAsync);
        await registry.Auditor().CreateAuditCheckpointAsync(new CreateAuditCheckpointRequest());
        registry.Clock.Now = new DateTimeOffset(2026, 8, 1, 3, 0, 0, TimeSpan.Zero);
        // Another registry in the same process (as tests run them): its calls are its own.
        await using (var other = new RegistryFactory(registry.AppConnectionString, services: services => services.AddSingleton<TimeProvider>(registry.Clock)))
        using (var channel = RegistryFixture.ChannelTo(other, TestTokens.For(TestCallers.ForeignAffairs)))
            await new CommitmentService.CommitmentServiceClient(channel).ListCommitmentsAsync(new ListCommitmentsRequest());

        var overdue = await ScrapeAsync();
        Assert.Equal(1, Value(overdue, "coopregistry_calls_total", $"grpc_method=\"{Create}\"", "grpc_status=\"OK\""));
        Assert.Equal(1, Value(overdue, "coopregistry_calls_total", $"grpc_method=\"{Create}\"", $"grpc_status=\"{Name(refused.StatusCode)}\""));
        var reason = refused.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason;
        Assert.Equal(1, Value(overdue, "coopregistry_refusals_total", $"reason=\"{reason}\"", $"grpc_status=\"{Name(refused.StatusCode)}\""));
        Assert.Equal((registry.Clock.Now - CommitmentRegistry.Start).TotalSeconds, Value(overdue, "coopregistry_audit_checkpoint_age_seconds"));
        Assert.DoesNotContain("CommitmentService/ListCommitments", overdue);
        var overdueInGiaLai = Value(overdue, "coopregistry_commitments_overdue", "home_province=\"VN-30\"");
        Assert.True(overdueInGiaLai >= 1);

        // Closing it takes it off the overdue count; the chain length is the log's head.
        await registry.Commitments.CancelCommitmentAsync(new CancelCommitmentRequest { Name = commitment.Name, Reason = "đo lường" });
        registry.Clock.Now += RegistryGaugesMaxAge;
        var after = await ScrapeAsync();
        Assert.Equal(overdueInGiaLai - 1, ValueOrNone(after, "coopregistry_commitments_overdue", "home_province=\"VN-30\"") ?? 0);
        var head = (await registry.Auditor().VerifyAuditChainAsync(new VerifyAuditChainRequest())).HeadSequence;
        Assert.Equal(head, Value(after, "coopregistry_audit_chain_length"));

        // The platform's own: ASP.NET Core requests, the runtime, Npgsql's connection pool.
        Assert.Contains("http_server_request_duration_seconds_bucket", after);
        Assert.Contains("dotnet_gc_collections_total", after);
        Assert.Matches(@"(?m)^db_client_connection", after);
    }

    private static readonly TimeSpan RegistryGaugesMaxAge = Server.Metrics.RegistryGauges.MaxAge;

    private Task<string> ScrapeAsync() => PrometheusText.ScrapeAsync(registry.Factory);

    private static string Name(StatusCode status) => Regex.Replace(status.ToString(), "(?<=[a-z])(?=[A-Z])", "_").ToUpperInvariant();
}
