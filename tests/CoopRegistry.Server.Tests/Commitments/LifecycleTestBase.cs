using CoopRegistry.Contracts.V1;
using Google.Rpc;
using static CoopRegistry.Server.Tests.Commitments.LifecycleFixture;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>What the lifecycle tests share: a client per role, a commitment to act on, a progress request.</summary>
public abstract class LifecycleTestBase(LifecycleFixture registry)
{
    protected LifecycleFixture Registry => registry;

    protected readonly CommitmentService.CommitmentServiceClient focal = registry.Client(FocalPoint);
    protected readonly CommitmentService.CommitmentServiceClient lead = registry.Client(Lead);
    protected readonly CommitmentService.CommitmentServiceClient coordinator = registry.Client(Coordinator);
    protected readonly CommitmentService.CommitmentServiceClient authority = registry.Client(Authority);
    protected readonly CommitmentService.CommitmentServiceClient partner = registry.Client(Partner);
    protected readonly CommitmentService.CommitmentServiceClient auditor = registry.Client(Auditor);

    protected async Task<Commitment> CreateAsync(Deadline? deadline = null, string tag = "lifecycle")
    {
        var request = new CreateCommitmentRequest { Commitment = Commitment(deadline ?? OnOrBefore(2026, 6, 30), tag), RequestId = Guid.NewGuid().ToString() };
        return (await focal.CreateCommitmentAsync(request)).Commitment;
    }

    protected static ReportProgressRequest Progress(Commitment commitment, int percent, string narrative = "Đã làm việc với Hải quan cửa khẩu", string? requestId = null) => new()
    {
        Name = commitment.Name,
        Report = new ProgressReport { Narrative = narrative, PercentComplete = percent, Evidence = { "https://gialai.gov.vn/bao-cao/1" } },
        RequestId = requestId ?? "",
    };

    protected static async Task<string> ReasonAsync(StatusCode code, Func<Task> call) =>
        (await RpcAssert.FailsAsync(code, call)).GetDetail<ErrorInfo>().Reason;
}
