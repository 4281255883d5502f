using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>
/// Every UpdateX checks its request the same way, before reading the record: the name and the
/// masked fields' faults all at once (INVALID_ARGUMENT), a field outside the mask not at all; only
/// then the record (NOT_FOUND, ABORTED on a stale etag) and the merged record's rules.
/// </summary>
public class UpdateCheckOrderTests(HardeningRegistry registry) : IClassFixture<HardeningRegistry>
{
    private static readonly SourceReference Unnamed = new() { Section = "mục 1" };

    public static TheoryData<string> Records => ["agreement", "event", "plan", "commitment", "directive"];

    [Theory]
    [MemberData(nameof(Records))]
    public async Task A_masked_field_that_cannot_be_read_is_refused_before_the_record_is_looked_for(string record)
    {
        var status = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => UpdateMissingAsync(record, "sources"));

        Assert.Equal([$"{record}.sources[0].document"], status.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public async Task A_fault_outside_the_mask_does_not_count(string record) =>
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => UpdateMissingAsync(record, record == "commitment" ? "task" : "summary"));

    /// <summary>An update of a record that does not exist, whose one source names no document.</summary>
    private Task UpdateMissingAsync(string record, string path)
    {
        var mask = new FieldMask { Paths = { path } };
        return record switch
        {
            "agreement" => new AgreementService.AgreementServiceClient(registry.Channel).UpdateAgreementAsync(new UpdateAgreementRequest
            {
                Agreement = new Agreement { Name = "agreements/vn64-khong-co", Sources = { Unnamed } },
                UpdateMask = mask,
            }).ResponseAsync,
            "event" => new EventService.EventServiceClient(registry.Channel).UpdateEventAsync(new UpdateEventRequest
            {
                Event = new Event { Name = "events/vn64-khong-co", Sources = { Unnamed } },
                UpdateMask = mask,
            }).ResponseAsync,
            "plan" => new PlanService.PlanServiceClient(registry.Channel).UpdatePlanAsync(new UpdatePlanRequest
            {
                Plan = new Plan { Name = "plans/vn64-khong-co", Sources = { Unnamed } },
                UpdateMask = mask,
            }).ResponseAsync,
            "commitment" => new CommitmentService.CommitmentServiceClient(registry.Channel).UpdateCommitmentAsync(new UpdateCommitmentRequest
            {
                Commitment = new Commitment { Name = "commitments/vn64-khong-co", Sources = { Unnamed } },
                UpdateMask = mask,
            }).ResponseAsync,
            _ => new DirectiveService.DirectiveServiceClient(registry.Channel).UpdateDirectiveAsync(new UpdateDirectiveRequest
            {
                Directive = new Directive { Name = "directives/vn64-khong-co", Sources = { Unnamed } },
                UpdateMask = mask,
            }).ResponseAsync,
        };
    }
}
