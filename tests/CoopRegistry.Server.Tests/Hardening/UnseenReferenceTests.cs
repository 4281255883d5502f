using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>
/// Issue 20: a reference inside a record the caller may read (an agreement's directives and
/// successor, a plan's agreements, a commitment's source) names another record only where the
/// caller may Get that one too — by method (Get, List, write answers) and by role (the home
/// province's manager and the auditor see every reference, a partner only what it may read).
/// </summary>
public class UnseenReferenceTests(HardeningRegistry registry) : IClassFixture<HardeningRegistry>
{
    private sealed record Linked(string Agreement, string Hidden, string Plan);

    private Linked? linked;

    /// <summary>
    /// An agreement with Ratanakiri that cites Gia Lai's own directive, an agreement with Attapeu,, and a plan (Ratanakiri a party) implementing both and citing the directive.
    /// </summary>
    private async Task<Linked> LinkedAsync()
    {
        if (linked is not null)
            return linked;
        var agreements = new AgreementService.AgreementServiceClient(registry.Channel);
        var draft = Agreements.Agreements.New("Thỏa thuận với Ratanakiri (trích chỉ thị nội bộ)");
        draft.Directives.Add(registry.Directive);
        var shown = (await agreements.CreateAgreementAsync(new CreateAgreementRequest { Agreement = draft, RequestId = Guid.NewGuid().ToString() })).Agreement;
        var hidden = (await agreements.CreateAgreementAsync(new CreateAgreementRequest
        {
            Agreement = Agreements.Agreements.New("Thỏa thuận với Attapeu", "provinces/LA-AT"),
            RequestId = Guid.NewGuid().ToString(),
        })).Agreement;
        var plans = new PlanService.PlanServiceClient(registry.Channel);
        var draftPlan = Plans.PlanRequests.Cambodia("Kế hoạch thực hiện hai thỏa thuận");
        draftPlan.Agreements.Add(shown.Name);
        draftPlan.Agreements.Add(hidden.Name);
        draftPlan.Directives.Add(registry.Directive);
        var plan = (await plans.CreatePlanAsync(Plans.PlanRequests.Create(draftPlan, Guid.NewGuid().ToString()))).Plan;
        return linked = new Linked(shown.Name, hidden.Name, plan.Name);
    }

    public static TheoryData<string> Roles() => ["manage", "audit", "partner"];

    private static bool SeesAll(string role) => role != "partner";

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task An_agreements_directives_name_only_directives_the_caller_may_get(string role)
    {
        var (agreement, _, _) = await LinkedAsync();
        var client = new AgreementService.AgreementServiceClient(registry.ChannelFor(TestCallers.ByRole[role]));
        var got = (await client.GetAgreementAsync(new GetAgreementRequest { Name = agreement })).Agreement;
        var listed = (await client.ListAgreementsAsync(new ListAgreementsRequest { PageSize = 1000 })).Agreements.Single(a => a.Name == agreement);
        string[] expected = SeesAll(role) ? [registry.Directive] : [];
        Assert.Equal(expected, got.Directives);
        Assert.Equal(expected, listed.Directives);
        await AssertGetAgrees(role, registry.Directive, SeesAll(role));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task A_plans_agreements_name_only_agreements_the_caller_may_get(string role)
    {
        var (shown, hidden, plan) = await LinkedAsync();
        var client = new PlanService.PlanServiceClient(registry.ChannelFor(TestCallers.ByRole[role]));
        var got = (await client.GetPlanAsync(new GetPlanRequest { Name = plan })).Plan;
        Assert.Equal(SeesAll(role) ? [shown, hidden] : new[] { shown }, got.Agreements);
        Assert.Equal(SeesAll(role) ? [registry.Directive] : Array.Empty<string>(), got.Directives);
    }

    [Fact]
    public async Task A_write_answer_to_the_home_province_keeps_every_reference()
    {
        var (agreement, _, _) = await LinkedAsync();
        var client = new AgreementService.AgreementServiceClient(registry.Channel);
        var current = (await client.GetAgreementAsync(new GetAgreementRequest { Name = agreement })).Agreement;
        current.Summary = "Tóm tắt đã sửa";
        var updated = (await client.UpdateAgreementAsync(new UpdateAgreementRequest
        {
            Agreement = current,
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "summary" } },
        })).Agreement;
        Assert.Equal([registry.Directive], updated.Directives);
    }

    /// <summary>The reference test means something only if Get answers the same way about the named record.</summary>
    private async Task AssertGetAgrees(string role, string directive, bool visible)
    {
        var directives = new DirectiveService.DirectiveServiceClient(registry.ChannelFor(TestCallers.ByRole[role]));
        var call = directives.GetDirectiveAsync(new GetDirectiveRequest { Name = directive });
        if (visible)
            Assert.Equal(directive, (await call).Directive.Name);
        else
            Assert.Equal(Grpc.Core.StatusCode.NotFound, (await Assert.ThrowsAsync<Grpc.Core.RpcException>(async () => await call)).StatusCode);
    }
}
