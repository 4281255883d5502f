using CoopRegistry.Contracts.V1;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Clients.Tests;

public class RequestIdTests
{
    private static readonly CallDefaultsInterceptor Interceptor = new(Options.Create(new CoopRegistryClientOptions { DefaultDeadline = TimeSpan.FromSeconds(7) }));

    [Fact]
    public void An_empty_request_id_is_filled_with_a_uuid_on_a_copy()
    {
        var request = new CreateAgreementRequest { Agreement = new Agreement { Title = "MoU" } };
        var sent = RequestIds.WithRequestId(request);
        Assert.NotSame(request, sent);
        Assert.True(Guid.TryParse(sent.RequestId, out _));
        Assert.Equal("MoU", sent.Agreement.Title);
        Assert.Equal("", request.RequestId);
    }

    [Fact]
    public void Filled_request_ids_are_time_ordered_uuids()
    {
        // Version 7: the registry's index of request ids (per client) grows at its right edge.
        var ids = Enumerable.Range(0, 50).Select(_ => Guid.Parse(RequestIds.WithRequestId(new CreateCommitmentRequest()).RequestId)).ToList();
        Assert.All(ids, id => Assert.Equal(7, id.Version));
        // The first 48 bits are the millisecond (ids of one millisecond are ordered by chance only).
        var instants = ids.Select(id => id.ToString()[..13]).ToList();
        Assert.Equal(instants.Order(StringComparer.Ordinal), instants);
    }

    [Fact]
    public void A_request_id_the_caller_set_is_kept()
    {
        var request = new CreatePlanRequest { RequestId = "5f0c3a52-5b9e-4a51-9d7e-5d6a2c8b1e00" };
        Assert.Same(request, RequestIds.WithRequestId(request));
    }

    [Fact]
    public void A_request_without_the_field_is_untouched()
    {
        var request = new GetAgreementRequest { Name = "agreements/x" };
        Assert.Same(request, RequestIds.WithRequestId(request));
    }

    [Fact]
    public void Each_logical_call_gets_its_own_id()
    {
        var request = new CreateEventRequest();
        Assert.NotEqual(RequestIds.WithRequestId(request).RequestId, RequestIds.WithRequestId(request).RequestId);
    }

    [Fact]
    public async Task Retries_below_the_interceptor_resend_the_same_id_and_calls_get_the_default_deadline()
    {
        // The channel's retries happen inside the continuation: every attempt sees the message the interceptor passed down.
        var seen = new List<(string RequestId, DateTime? Deadline)>();
        var invoker = new RecordingInvoker(seen).Intercept(Interceptor);
        var client = new AgreementService.AgreementServiceClient(invoker);
        var before = DateTime.UtcNow;
        await client.CreateAgreementAsync(new CreateAgreementRequest());
        await client.CreateAgreementAsync(new CreateAgreementRequest());
        Assert.Equal(2, seen.Count);
        Assert.NotEqual(seen[0].RequestId, seen[1].RequestId);
        Assert.All(seen, s => Assert.InRange(s.Deadline!.Value, before.AddSeconds(6), DateTime.UtcNow.AddSeconds(8)));
        var own = DateTime.UtcNow.AddMinutes(5);
        await client.CreateAgreementAsync(new CreateAgreementRequest(), deadline: own);
        Assert.Equal(own, seen[2].Deadline);
    }

    [Fact]
    public void Reads_and_creates_are_retried_on_unavailable_other_writes_never()
    {
        var config = RetryPolicies.ServiceConfig(4);
        var names = config.MethodConfigs.SelectMany(m => m.Names).Select(n => $"{n.Service}/{n.Method}").ToHashSet();
        Assert.Contains("coopregistry.v1.AgreementService/ListAgreements", names);
        Assert.Contains("coopregistry.v1.AgreementService/GetAgreement", names);
        Assert.Contains("coopregistry.v1.AgreementService/CreateAgreement", names);
        Assert.Contains("coopregistry.v1.CommitmentService/ListCommitments", names);
        Assert.Contains("coopregistry.v1.ReminderService/ListReminders", names);
        Assert.Contains("coopregistry.v1.AuditService/ListAuditEntries", names);
        Assert.Contains("coopregistry.v1.AuditService/GetRecordHistory", names);
        Assert.Contains("coopregistry.v1.AuditService/VerifyAuditChain", names);
        Assert.Contains("coopregistry.v1.AuditService/GetAuditPublicKey", names);
        Assert.DoesNotContain("coopregistry.v1.AgreementService/UpdateAgreement", names);
        Assert.DoesNotContain("coopregistry.v1.AgreementService/SignAgreement", names);
        Assert.DoesNotContain("coopregistry.v1.AgreementService/UploadDocument", names);
        var policy = Assert.Single(config.MethodConfigs).RetryPolicy!;
        Assert.Equal([StatusCode.Unavailable], policy.RetryableStatusCodes);
        Assert.Equal(4, policy.MaxAttempts);
    }

    private sealed class RecordingInvoker(List<(string, DateTime?)> seen) : CallInvoker
    {
        public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
        {
            seen.Add((((CreateAgreementRequest)(object)request).RequestId, options.Deadline));
            var response = (TResponse)(object)new CreateAgreementResponse();
            return new AsyncUnaryCall<TResponse>(Task.FromResult(response), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
        }

        public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw new NotSupportedException();

        public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw new NotSupportedException();

        public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException();

        public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException();
    }
}
