using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>
/// Which faults a write with several is answered first. The source's visibility and the lead
/// agency's province come from the one read of every reference (issue 19), so after the access
/// check and the deadline: every reference that does not exist or is out of the caller's sight, all
/// at once (the source among them), and only when they all exist, whether the lead agency is the
/// home province's own (<see cref="CommitmentOwnershipTests"/>).
/// </summary>
public class CommitmentCheckOrderTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    [Fact]
    public async Task A_source_out_of_sight_is_named_with_the_other_unknown_references()
    {
        var commitment = registry.Complete();
        commitment.LeadAgency = "agencies/vn09-so-ngoai-vu";
        commitment.CoordinatingAgencies.Clear();
        commitment.CoordinatingAgencies.Add("agencies/khong-co");
        commitment.ApprovingAuthority = "";

        var fields = await ViolatedFieldsAsync(() => registry.Client(TestCallers.LangSon).CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = commitment }).ResponseAsync);

        Assert.Equal(["commitment.coordinating_agencies[0]", "commitment.source.record"], fields);
    }

    [Fact]
    public async Task A_lead_agency_of_another_province_is_judged_once_every_reference_exists()
    {
        var commitment = registry.Complete("Nhiệm vụ giao nhầm tỉnh khác");
        commitment.LeadAgency = "agencies/vn09-ubnd";
        commitment.CoordinatingAgencies.Add("agencies/khong-co");

        Assert.Equal(["commitment.coordinating_agencies[1]"], await ViolatedFieldsAsync(() => registry.CreateAsync(commitment)));

        commitment.CoordinatingAgencies.Remove("agencies/khong-co");
        Assert.Equal(["commitment.lead_agency"], await ViolatedFieldsAsync(() => registry.CreateAsync(commitment)));
    }

    [Fact]
    public async Task An_update_to_another_provinces_agency_is_judged_once_every_reference_exists()
    {
        var created = await registry.CreateAsync(registry.Complete("Nhiệm vụ của Sở Công Thương"));
        var change = new Commitment { Name = created.Name, LeadAgency = "agencies/vn09-ubnd", CoordinatingAgencies = { "agencies/khong-co" } };
        var mask = new FieldMask { Paths = { "lead_agency", "coordinating_agencies" } };

        Assert.Equal(["commitment.coordinating_agencies[0]"], await ViolatedFieldsAsync(() =>
            registry.Commitments.UpdateCommitmentAsync(new UpdateCommitmentRequest { Commitment = change, UpdateMask = mask }).ResponseAsync));

        change.CoordinatingAgencies.Clear();
        Assert.Equal(["commitment.lead_agency"], await ViolatedFieldsAsync(() =>
            registry.Commitments.UpdateCommitmentAsync(new UpdateCommitmentRequest { Commitment = change, UpdateMask = mask }).ResponseAsync));
    }

    [Fact]
    public async Task A_retry_is_answered_with_the_first_commitment_before_its_body_is_checked()
    {
        var request = new CreateCommitmentRequest { Commitment = registry.Complete("Nhiệm vụ gửi lại"), RequestId = Guid.NewGuid().ToString() };
        var first = (await registry.Commitments.CreateCommitmentAsync(request)).Commitment;

        // The same request id with a body every check refuses: the earlier answer, looked up in the references' read.
        request.Commitment.LeadAgency = "agencies/vn09-ubnd";
        request.Commitment.CoordinatingAgencies.Add("agencies/khong-co");
        var retried = (await registry.Commitments.CreateCommitmentAsync(request)).Commitment;

        Assert.Equal(first.Name, retried.Name);
        Assert.Equal(first.LeadAgency, retried.LeadAgency);
    }

    [Fact]
    public async Task A_request_id_that_created_another_kind_of_record_is_named()
    {
        var requestId = Guid.NewGuid().ToString();
        var directive = (await new DirectiveService.DirectiveServiceClient(registry.Channel).CreateDirectiveAsync(new CreateDirectiveRequest
        {
            DirectiveId = "vn-30-tb-gui-lai-" + requestId[..8],
            RequestId = requestId,
            Directive = Directives.DirectiveTestBase.Notice(subject: "Thông báo dùng lại mã yêu cầu"),
        })).Directive;

        var violation = await RpcAssert.InvalidFieldAsync("request_id", async () => await registry.Commitments.CreateCommitmentAsync(
            new CreateCommitmentRequest { Commitment = registry.Complete(), RequestId = requestId }));
        Assert.Contains(directive.Name, violation.Description);
    }

    private static async Task<List<string>> ViolatedFieldsAsync(Func<Task> call)
    {
        var status = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, call);
        return [.. status.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order(StringComparer.Ordinal)];
    }
}
