using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Google.Type;

namespace CoopRegistry.Server.Tests.Plans;

/// <summary>The approval lifecycle through gRPC: draft → submitted → returned → submitted → approved, and every refused move.</summary>
public class PlanApprovalTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private readonly PlanService.PlanServiceClient plans = new(registry.Channel);

    private static readonly Date September19 = new() { Year = 2025, Month = 9, Day = 19 };
    private static readonly Date September25 = new() { Year = 2025, Month = 9, Day = 25 };

    private async Task<Plan> CreateAsync() => (await plans.CreatePlanAsync(PlanRequests.Create(PlanRequests.Cambodia()))).Plan;

    private Task<Plan> SubmitAsync(Plan plan) => Call(plans.SubmitPlanAsync(new SubmitPlanRequest { Name = plan.Name, SubmittedDate = September19 }).ResponseAsync, r => r.Plan);

    private Task<Plan> ReturnAsync(Plan plan, string reason = "Bổ sung dự toán kinh phí") =>
        Call(plans.ReturnPlanAsync(new ReturnPlanRequest { Name = plan.Name, Reason = reason }).ResponseAsync, r => r.Plan);

    private Task<Plan> ApproveAsync(Plan plan, string authority = "") =>
        Call(plans.ApprovePlanAsync(new ApprovePlanRequest
        {
            Name = plan.Name,
            ApprovedDate = September25,
            ApprovingAuthority = authority,
            ApprovalReference = "Quyết định số 1234/QĐ-UBND",
        }).ResponseAsync, r => r.Plan);

    private static async Task<Plan> Call<T>(Task<T> call, Func<T, Plan> plan) => plan(await call);

    [Fact]
    public async Task Draft_submitted_returned_resubmitted_approved()
    {
        var draft = await CreateAsync();

        var submitted = await SubmitAsync(draft);
        Assert.Equal((PlanState.Submitted, September19), (submitted.State, submitted.SubmittedDate));

        var returned = await ReturnAsync(submitted);
        Assert.Equal((PlanState.Returned, "Bổ sung dự toán kinh phí"), (returned.State, returned.ReturnReason));

        // A returned plan can be edited again, then resubmitted.
        returned.Summary = "Đã bổ sung dự toán";
        var edited = (await plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = returned, UpdateMask = new FieldMask { Paths = { "summary" } } })).Plan;
        var resubmitted = (await plans.SubmitPlanAsync(new SubmitPlanRequest { Name = edited.Name, Etag = edited.Etag, SubmittedDate = new Date { Year = 2025, Month = 9, Day = 22 } })).Plan;
        Assert.Equal((PlanState.Submitted, 22), (resubmitted.State, resubmitted.SubmittedDate.Day));

        var approved = await ApproveAsync(resubmitted);
        Assert.Equal(PlanState.Approved, approved.State);
        Assert.Equal("agencies/vn30-ubnd", approved.ApprovingAuthority);
        Assert.Equal(September25, approved.ApprovedDate);
        Assert.Equal("Quyết định số 1234/QĐ-UBND", approved.ApprovalReference);
        Assert.Equal(approved, (await plans.GetPlanAsync(new GetPlanRequest { Name = approved.Name })).Plan);
    }

    [Fact]
    public async Task Approval_records_the_authority_named_in_the_request()
    {
        var plan = PlanRequests.Attapeu();
        plan.ApprovingAuthority = "";
        var submitted = await SubmitAsync((await plans.CreatePlanAsync(PlanRequests.Create(plan))).Plan);

        var missing = await RpcAssert.InvalidFieldAsync("approving_authority", async () => await ApproveAsync(submitted));
        Assert.Contains("required", missing.Description);
        await RpcAssert.InvalidFieldAsync("approving_authority", async () => await ApproveAsync(submitted, "vn30-ubnd"));
        await RpcAssert.InvalidFieldAsync("plan.approving_authority", async () => await ApproveAsync(submitted, "agencies/khong-co"));

        var approved = await ApproveAsync(submitted, "agencies/vn30-ubnd");
        Assert.Equal("agencies/vn30-ubnd", approved.ApprovingAuthority);
    }

    [Fact]
    public async Task Returning_needs_a_reason() =>
        await RpcAssert.InvalidFieldAsync("reason", async () => await ReturnAsync(await SubmitAsync(await CreateAsync()), " "));

    public static TheoryData<string, string> RefusedMoves() => new()
    {
        { "draft", "approve" }, { "draft", "return" },
        { "submitted", "submit" },
        { "approved", "submit" }, { "approved", "approve" }, { "approved", "return" },
        { "returned", "approve" }, { "returned", "return" },
    };

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public async Task A_refused_move_is_failed_precondition_naming_the_state_and_the_allowed_moves(string state, string move)
    {
        var plan = await CreateAsync();
        plan = state switch
        {
            "draft" => plan,
            "submitted" => await SubmitAsync(plan),
            "approved" => await ApproveAsync(await SubmitAsync(plan)),
            _ => await ReturnAsync(await SubmitAsync(plan)),
        };

        var status = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, move switch
        {
            "submit" => async () => await SubmitAsync(plan),
            "approve" => async () => await ApproveAsync(plan),
            _ => async () => await ReturnAsync(plan),
        });

        Assert.Contains($"PLAN_STATE_{state.ToUpperInvariant()}", status.Message);
        var allowed = state switch { "draft" or "returned" => ["SubmitPlan"], "submitted" => new[] { "ApprovePlan", "ReturnPlan" }, _ => [] };
        foreach (var method in allowed)
            Assert.Contains(method, status.Message);
        var violation = Assert.Single(status.GetDetail<PreconditionFailure>().Violations);
        Assert.Equal(plan.Name, violation.Subject);
        Assert.Equal(plan, (await plans.GetPlanAsync(new GetPlanRequest { Name = plan.Name })).Plan);
    }

    [Fact]
    public async Task Submitted_and_approved_plans_refuse_edits_but_take_sources()
    {
        var submitted = await SubmitAsync(await CreateAsync());
        submitted.Title = "Đổi tên khi đang chờ duyệt";
        var refused = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () =>
            await plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = submitted, UpdateMask = new FieldMask { Paths = { "title" } } }));
        Assert.Equal("PLAN_NOT_EDITABLE", refused.GetDetail<ErrorInfo>().Reason);

        var approved = await ApproveAsync(submitted);
        approved.Sources.Add(new SourceReference { Document = "quyet-dinh-phe-duyet.pdf", Section = "Điều 1" });
        var withSource = (await plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = approved, UpdateMask = new FieldMask { Paths = { "sources" } } })).Plan;
        Assert.Equal(2, withSource.Sources.Count);
        Assert.Equal(PlanState.Approved, withSource.State);

        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () =>
            await plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = withSource, UpdateMask = new FieldMask { Paths = { "*" } } }));
    }
}
