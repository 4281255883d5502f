using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Google.Type;

namespace CoopRegistry.Server.Tests.Plans;

/// <summary>PlanService through gRPC: create, read, update with etags, request ids, validation, withdrawal.</summary>
public class PlanServiceTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private readonly PlanService.PlanServiceClient plans = new(registry.Channel);

    [Fact]
    public async Task Creates_a_plan_with_defaults_and_gets_it_back()
    {
        var created = (await plans.CreatePlanAsync(PlanRequests.Create(PlanRequests.Cambodia(), null))).Plan;

        Assert.StartsWith("plans/", created.Name);
        Assert.Equal("provinces/VN-30", created.HomeProvince);
        Assert.Equal(PlanState.Draft, created.State);
        Assert.Equal(["a1", "a2"], created.Activities.Select(a => a.Id));
        Assert.Equal(["agencies/vn30-so-ngoai-vu", "agencies/vn30-so-cong-thuong"], created.Activities.Select(a => a.LeadAgency));
        Assert.Equal(new Date { Year = 2025, Month = 9, Day = 21 }, created.SubmissionDueDate);
        Assert.NotEmpty(created.Etag);
        Assert.NotNull(created.CreateTime);

        var fetched = (await plans.GetPlanAsync(new GetPlanRequest { Name = created.Name })).Plan;
        Assert.Equal(created, fetched);
    }

    [Fact]
    public async Task A_retried_create_returns_the_first_plan_and_creates_nothing()
    {
        var requestId = Guid.NewGuid().ToString();
        var title = "Kế hoạch thử lại " + Guid.NewGuid().ToString("N")[..6];
        var first = (await plans.CreatePlanAsync(PlanRequests.Create(PlanRequests.Attapeu(title), requestId))).Plan;
        var again = (await plans.CreatePlanAsync(PlanRequests.Create(PlanRequests.Attapeu(title), requestId))).Plan;

        Assert.Equal(first, again);
        var listed = await plans.ListPlansAsync(new ListPlansRequest { Filter = $"title = \"{title}\"" });
        Assert.Equal(1, listed.TotalSize);
    }

    [Fact]
    public async Task A_chosen_id_is_used_once()
    {
        var created = (await plans.CreatePlanAsync(new CreatePlanRequest { Plan = PlanRequests.Attapeu(), PlanId = "vn-30-ke-hoach-attapeu-2026" })).Plan;
        Assert.Equal("plans/vn-30-ke-hoach-attapeu-2026", created.Name);
        await RpcAssert.FailsAsync(StatusCode.AlreadyExists,
            async () => await plans.CreatePlanAsync(new CreatePlanRequest { Plan = PlanRequests.Attapeu(), PlanId = "vn-30-ke-hoach-attapeu-2026" }));
    }

    [Fact]
    public async Task Invalid_input_is_reported_field_by_field_all_at_once()
    {
        var plan = PlanRequests.Cambodia();
        plan.Title = "";
        plan.CoordinatingAgencies.Add("agencies/vn30-so-ngoai-vu");
        plan.EndDate = new Date { Year = 2025, Month = 1, Day = 1 };
        plan.PartnerProvinces.Add("KH-13");
        plan.Activities[1].EndDate = new Date { Year = 2027, Month = 1, Day = 1 };
        var request = new CreatePlanRequest { Plan = plan, PlanId = "X", RequestId = "not-a-uuid" };

        var status = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await plans.CreatePlanAsync(request));
        var fields = status.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToList();
        foreach (var field in new[]
        {
            "request_id", "plan_id", "plan.title", "plan.coordinating_agencies[2]", "plan.end_date",
            "plan.partner_provinces[2]", "plan.activities[1].end_date",
        })
            Assert.Contains(field, fields);
    }

    [Fact]
    public async Task Exactly_one_lead_agency()
    {
        var noLead = PlanRequests.Attapeu();
        noLead.LeadAgency = "";
        var missing = await RpcAssert.InvalidFieldAsync("plan.lead_agency", async () => await plans.CreatePlanAsync(PlanRequests.Create(noLead)));
        Assert.Contains("exactly one lead", missing.Description);

        var leadCoordinates = PlanRequests.Attapeu();
        leadCoordinates.CoordinatingAgencies.Add("agencies/vn30-so-y-te");
        leadCoordinates.CoordinatingAgencies.Add("agencies/vn30-so-ngoai-vu");
        var twice = await RpcAssert.InvalidFieldAsync("plan.coordinating_agencies[1]", async () => await plans.CreatePlanAsync(PlanRequests.Create(leadCoordinates)));
        Assert.Contains("one focal point", twice.Description);

        var duplicate = PlanRequests.Attapeu();
        duplicate.CoordinatingAgencies.Add("agencies/vn30-so-y-te");
        duplicate.CoordinatingAgencies.Add("agencies/vn30-so-y-te");
        await RpcAssert.InvalidFieldAsync("plan.coordinating_agencies[1]", async () => await plans.CreatePlanAsync(PlanRequests.Create(duplicate)));

        var existing = (await plans.CreatePlanAsync(PlanRequests.Create(PlanRequests.Attapeu()))).Plan;
        existing.CoordinatingAgencies.Add(existing.LeadAgency);
        await RpcAssert.InvalidFieldAsync("plan.coordinating_agencies[0]", async () => await plans.UpdatePlanAsync(new UpdatePlanRequest
        {
            Plan = existing,
            UpdateMask = new FieldMask { Paths = { "coordinating_agencies" } },
        }));
    }

    [Fact]
    public async Task Unknown_agencies_provinces_and_agreements_are_invalid_naming_the_field()
    {
        var plan = PlanRequests.Cambodia();
        plan.CoordinatingAgencies.Add("agencies/vn30-so-khong-co");
        plan.Agreements.Add("agreements/khong-co");
        plan.Activities[0].PartnerProvince = "provinces/XX-99";
        var status = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await plans.CreatePlanAsync(PlanRequests.Create(plan)));
        var fields = status.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToList();
        Assert.Equal(["plan.activities[0].partner_province", "plan.agreements[0]", "plan.coordinating_agencies[2]"], fields.Order());
    }

    [Fact]
    public async Task A_stale_etag_is_aborted_and_overwrites_nothing()
    {
        var created = (await plans.CreatePlanAsync(PlanRequests.Create(PlanRequests.Cambodia()))).Plan;
        var first = created.Clone();
        first.Title = "Kế hoạch đã sửa lần một";
        var updated = (await plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = first, UpdateMask = new FieldMask { Paths = { "title" } } })).Plan;
        Assert.Equal("Kế hoạch đã sửa lần một", updated.Title);
        Assert.NotEqual(created.Etag, updated.Etag);

        var stale = created.Clone();
        stale.Title = "Kế hoạch ghi đè";
        await RpcAssert.FailsAsync(StatusCode.Aborted,
            async () => await plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = stale, UpdateMask = new FieldMask { Paths = { "title" } } }));
        await RpcAssert.FailsAsync(StatusCode.Aborted,
            async () => await plans.SubmitPlanAsync(new SubmitPlanRequest { Name = created.Name, Etag = created.Etag }));
        await RpcAssert.FailsAsync(StatusCode.Aborted,
            async () => await plans.DeletePlanAsync(new DeletePlanRequest { Name = created.Name, Etag = created.Etag, Reason = "x" }));

        var now = (await plans.GetPlanAsync(new GetPlanRequest { Name = created.Name })).Plan;
        Assert.Equal(updated, now);
    }

    [Fact]
    public async Task Update_changes_only_the_masked_fields()
    {
        var created = (await plans.CreatePlanAsync(PlanRequests.Create(PlanRequests.Cambodia()))).Plan;
        var change = new Plan
        {
            Name = created.Name,
            Etag = created.Etag,
            Summary = "Tóm tắt mới",
            Title = "",
            LeadAgency = "not a name",
            Activities = { new PlanActivity { Title = "Hoạt động duy nhất" } },
        };
        var updated = (await plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = change, UpdateMask = new FieldMask { Paths = { "summary", "activities" } } })).Plan;

        Assert.Equal("Tóm tắt mới", updated.Summary);
        Assert.Equal(created.Title, updated.Title);
        Assert.Equal(created.LeadAgency, updated.LeadAgency);
        Assert.Equal(("a1", "agencies/vn30-so-ngoai-vu"), (Assert.Single(updated.Activities).Id, updated.Activities[0].LeadAgency));

        await RpcAssert.InvalidFieldAsync("update_mask", async () => await plans.UpdatePlanAsync(new UpdatePlanRequest
        {
            Plan = updated,
            UpdateMask = new FieldMask { Paths = { "state" } },
        }));
    }

    [Fact]
    public async Task Withdraw_hides_from_lists_until_undeleted()
    {
        var title = "Kế hoạch rút lại " + Guid.NewGuid().ToString("N")[..6];
        var created = (await plans.CreatePlanAsync(PlanRequests.Create(PlanRequests.Attapeu(title)))).Plan;
        var filter = $"title = \"{title}\"";

        await RpcAssert.InvalidFieldAsync("reason", async () => await plans.DeletePlanAsync(new DeletePlanRequest { Name = created.Name }));
        var withdrawn = (await plans.DeletePlanAsync(new DeletePlanRequest { Name = created.Name, Etag = created.Etag, Reason = "Trùng với kế hoạch khác" })).Plan;
        Assert.NotNull(withdrawn.DeleteTime);
        Assert.Equal("Trùng với kế hoạch khác", withdrawn.WithdrawalReason);

        Assert.Empty((await plans.ListPlansAsync(new ListPlansRequest { Filter = filter })).Plans);
        Assert.Equal(created.Name, Assert.Single((await plans.ListPlansAsync(new ListPlansRequest { Filter = filter, ShowDeleted = true })).Plans).Name);
        Assert.NotNull((await plans.GetPlanAsync(new GetPlanRequest { Name = created.Name })).Plan.DeleteTime);
        var refused = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            async () => await plans.SubmitPlanAsync(new SubmitPlanRequest { Name = created.Name }));
        Assert.Equal("WITHDRAWN", refused.GetDetail<ErrorInfo>().Reason);
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            async () => await plans.DeletePlanAsync(new DeletePlanRequest { Name = created.Name, Reason = "again" }));

        var restored = (await plans.UndeletePlanAsync(new UndeletePlanRequest { Name = created.Name, Etag = withdrawn.Etag })).Plan;
        Assert.Null(restored.DeleteTime);
        Assert.Equal("", restored.WithdrawalReason);
        Assert.Single((await plans.ListPlansAsync(new ListPlansRequest { Filter = filter })).Plans);
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            async () => await plans.UndeletePlanAsync(new UndeletePlanRequest { Name = created.Name }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("agreements/x")]
    [InlineData("plans/")]
    public async Task A_malformed_name_is_invalid(string name) =>
        await RpcAssert.InvalidFieldAsync("name", async () => await plans.GetPlanAsync(new GetPlanRequest { Name = name }));

    [Fact]
    public async Task An_unknown_plan_is_not_found() =>
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await plans.GetPlanAsync(new GetPlanRequest { Name = "plans/khong-co" }));
}
