using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Access;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>
/// Issue 20: the answer to a write shows the record only to a caller that may Get it. A client
/// with only registry.report may report on the commitment its agency leads, but Get refuses it
/// (no read scope), so neither ReportProgress's nor RequestCompletion's answer carries it.
/// </summary>
public class WriteAnswerTests(HardeningRegistry registry) : IClassFixture<HardeningRegistry>
{
    private static readonly Caller ReportOnly = new("industry-report-only", "vn30-so-cong-thuong", "VN-30", new HashSet<string> { Scopes.Report });

    public static TheoryData<string> Callers() => ["report-only", "report"];

    private static Caller Named(string caller) => caller == "report-only" ? ReportOnly : TestCallers.Department;

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task ReportProgress_shows_the_commitment_only_to_a_caller_that_may_get_it(string who)
    {
        var caller = Named(who);
        var commitment = await registry.CreateAsync(registry.Complete("Báo cáo tiến độ: " + who));
        var client = registry.Commitments(caller);
        var answer = await client.ReportProgressAsync(new ReportProgressRequest
        {
            Name = commitment.Name,
            Report = new ProgressReport { Narrative = "Đã liên hệ đối tác", PercentComplete = 20 },
            RequestId = Guid.NewGuid().ToString(),
        });
        Assert.Equal(20, answer.Report.PercentComplete);
        Assert.Equal(await MayGetAsync(client, commitment.Name), answer.Commitment is not null);
        Assert.Equal(who == "report", answer.Commitment is not null);
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task RequestCompletion_shows_the_commitment_only_to_a_caller_that_may_get_it(string who)
    {
        var caller = Named(who);
        var commitment = await registry.CreateAsync(registry.Complete("Xin hoàn thành: " + who));
        var client = registry.Commitments(caller);
        var answer = await client.RequestCompletionAsync(new RequestCompletionRequest
        {
            Name = commitment.Name,
            CompletedDate = new Google.Type.Date { Year = 2026, Month = 1, Day = 5 },
            Note = "Đã tổ chức hội nghị",
        });
        Assert.Equal(await MayGetAsync(client, commitment.Name), answer.Commitment is not null);
        Assert.Equal(who == "report", answer.Commitment is not null);
    }

    private static async Task<bool> MayGetAsync(CommitmentService.CommitmentServiceClient client, string name)
    {
        try
        {
            await client.GetCommitmentAsync(new GetCommitmentRequest { Name = name });
            return true;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.PermissionDenied)
        {
            return false;
        }
    }
}
