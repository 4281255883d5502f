using CoopRegistry.Contracts.V1;
using Google.Protobuf.Reflection;
using Grpc.Net.Client.Configuration;

namespace CoopRegistry.Clients;

/// <summary>
/// The gRPC service config: unary reads (Get*, List*, ParseDeadline, VerifyAuditChain) and requests that carry a
/// request_id (creates: the server answers a repeat with the first result) are retried on
/// UNAVAILABLE with exponential back-off. Other writes are never retried: an Update whose answer
/// was lost would otherwise come back ABORTED on its own stale etag.
/// </summary>
public static class RetryPolicies
{
    /// <summary>Every service of the contract.</summary>
    public static IReadOnlyList<ServiceDescriptor> Services { get; } =
    [
        DirectoryService.Descriptor, AgreementService.Descriptor, PlanService.Descriptor, EventService.Descriptor,
        DirectiveService.Descriptor, CommitmentService.Descriptor, FulfilmentService.Descriptor, ReminderService.Descriptor, AdminService.Descriptor,
        ChangeFeedService.Descriptor, AuditService.Descriptor,
    ];

    /// <summary>Reads whose names do not say so.</summary>
    private static readonly HashSet<string> OtherReads = ["ParseDeadline", "VerifyAuditChain"];

    public static bool IsRetried(MethodDescriptor method) =>
        !method.IsClientStreaming && !method.IsServerStreaming &&
        (method.Name.StartsWith("Get", StringComparison.Ordinal) || method.Name.StartsWith("List", StringComparison.Ordinal) ||
         OtherReads.Contains(method.Name) || RequestIds.Field(method.InputType) is not null);

    public static ServiceConfig ServiceConfig(int maxAttempts)
    {
        var retried = new MethodConfig
        {
            RetryPolicy = new RetryPolicy
            {
                MaxAttempts = maxAttempts,
                InitialBackoff = TimeSpan.FromMilliseconds(200),
                MaxBackoff = TimeSpan.FromSeconds(3),
                BackoffMultiplier = 2,
                RetryableStatusCodes = { Grpc.Core.StatusCode.Unavailable },
            },
        };
        foreach (var method in Services.SelectMany(s => s.Methods).Where(IsRetried))
            retried.Names.Add(new MethodName { Service = method.Service.FullName, Method = method.Name });
        return new ServiceConfig { MethodConfigs = { retried } };
    }
}
