using System.Net.Http.Json;
using System.Text.Json;
using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Server.Tests.Plans;

/// <summary>Who sees and changes which plan, the list filters, and JSON transcoding.</summary>
public class PlanAccessAndListTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private readonly PlanService.PlanServiceClient plans = new(registry.Channel);

    private PlanService.PlanServiceClient As(Domain.Access.Caller caller) => new(registry.ChannelWith(TestTokens.For(caller)));

    private async Task<Plan> CreateAsync(Plan plan) => (await plans.CreatePlanAsync(PlanRequests.Create(plan))).Plan;

    [Fact]
    public async Task A_partner_sees_plans_naming_its_province_and_nothing_else()
    {
        var cambodia = await CreateAsync(PlanRequests.Cambodia());
        var attapeu = await CreateAsync(PlanRequests.Attapeu());
        var ratanakiri = As(TestCallers.Ratanakiri);

        Assert.Equal(cambodia, (await ratanakiri.GetPlanAsync(new GetPlanRequest { Name = cambodia.Name })).Plan);
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await ratanakiri.GetPlanAsync(new GetPlanRequest { Name = attapeu.Name }));

        var listed = (await ratanakiri.ListPlansAsync(new ListPlansRequest { PageSize = 1000 })).Plans.Select(p => p.Name).ToList();
        Assert.Contains(cambodia.Name, listed);
        Assert.DoesNotContain(attapeu.Name, listed);
        var filtered = await ratanakiri.ListPlansAsync(new ListPlansRequest { Filter = "partner_province = \"provinces/LA-AT\"" });
        Assert.DoesNotContain(attapeu.Name, filtered.Plans.Select(p => p.Name));
    }

    [Fact]
    public async Task A_partner_named_only_in_an_activity_sees_the_plan()
    {
        var plan = PlanRequests.Attapeu();
        plan.Activities.Add(new PlanActivity { Title = "Trao đổi đoàn với Ratanakiri", PartnerProvince = "provinces/KH-16" });
        var created = await CreateAsync(plan);
        Assert.Equal(created.Name, (await As(TestCallers.Ratanakiri).GetPlanAsync(new GetPlanRequest { Name = created.Name })).Plan.Name);
    }

    [Fact]
    public async Task An_auditor_reads_everything_and_writes_nothing()
    {
        var attapeu = await CreateAsync(PlanRequests.Attapeu());
        var auditor = As(TestCallers.Auditor);
        Assert.Equal(attapeu, (await auditor.GetPlanAsync(new GetPlanRequest { Name = attapeu.Name })).Plan);

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await auditor.CreatePlanAsync(PlanRequests.Create(PlanRequests.Attapeu())));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await auditor.SubmitPlanAsync(new SubmitPlanRequest { Name = attapeu.Name }));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () =>
            await auditor.UpdatePlanAsync(new UpdatePlanRequest { Plan = attapeu, UpdateMask = new FieldMask { Paths = { "title" } } }));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await auditor.DeletePlanAsync(new DeletePlanRequest { Name = attapeu.Name, Reason = "x" }));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await As(TestCallers.Department).SubmitPlanAsync(new SubmitPlanRequest { Name = attapeu.Name }));
        Assert.Equal(attapeu, (await plans.GetPlanAsync(new GetPlanRequest { Name = attapeu.Name })).Plan);
    }

    [Fact]
    public async Task Which_plans_implement_an_agreement()
    {
        await PlanRequests.AddAgreementAsync(registry, "gl-attapeu-mou-2025", "Biên bản ghi nhớ hợp tác Gia Lai – Attapeu 2025–2030");
        var implementing = PlanRequests.Attapeu();
        implementing.Agreements.Add("agreements/gl-attapeu-mou-2025");
        var created = await CreateAsync(implementing);
        await CreateAsync(PlanRequests.Attapeu());

        var found = await plans.ListPlansAsync(new ListPlansRequest { Filter = "agreements:\"agreements/gl-attapeu-mou-2025\"" });
        Assert.Equal(created.Name, Assert.Single(found.Plans).Name);
        Assert.Equal(["agreements/gl-attapeu-mou-2025"], found.Plans[0].Agreements);
        var others = await plans.ListPlansAsync(new ListPlansRequest { Filter = "agreements != \"agreements/gl-attapeu-mou-2025\"", PageSize = 1000 });
        Assert.DoesNotContain(created.Name, others.Plans.Select(p => p.Name));
        Assert.NotEmpty(others.Plans);
    }

    [Fact]
    public async Task Filters_by_state_agencies_partner_and_field()
    {
        var cambodia = await CreateAsync(PlanRequests.Cambodia("Kế hoạch lọc " + Guid.NewGuid().ToString("N")[..6]));
        var submitted = (await plans.SubmitPlanAsync(new SubmitPlanRequest { Name = cambodia.Name })).Plan;

        async Task<List<string>> Names(string filter) =>
            (await plans.ListPlansAsync(new ListPlansRequest { Filter = filter, PageSize = 1000 })).Plans.Select(p => p.Name).ToList();

        Assert.Contains(submitted.Name, await Names("state = PLAN_STATE_SUBMITTED AND partner_province = \"provinces/KH-19\""));
        Assert.DoesNotContain(submitted.Name, await Names("state = PLAN_STATE_DRAFT"));
        Assert.Contains(submitted.Name, await Names("agencies = \"agencies/vn30-ban-quan-ly-khu-kinh-te\""));
        Assert.Contains(submitted.Name, await Names("agencies = \"agencies/vn30-so-ngoai-vu\""));
        Assert.Contains(submitted.Name, await Names("coordinating_agencies = \"agencies/vn30-so-cong-thuong\""));
        Assert.DoesNotContain(submitted.Name, await Names("coordinating_agencies = \"agencies/vn30-so-ngoai-vu\""));
        Assert.Contains(submitted.Name, await Names("lead_agency = \"agencies/vn30-so-ngoai-vu\" AND fields = COOPERATION_FIELD_BORDER_GATE_LOGISTICS"));
        Assert.DoesNotContain(submitted.Name, await Names("fields = COOPERATION_FIELD_HEALTH"));
        Assert.Contains(submitted.Name, await Names("home_province = \"provinces/VN-30\""));

        await RpcAssert.InvalidFieldAsync("filter", async () => await plans.ListPlansAsync(new ListPlansRequest { Filter = "state = SUBMITTED" }));
        await RpcAssert.InvalidFieldAsync("filter", async () => await plans.ListPlansAsync(new ListPlansRequest { Filter = "agreements = \"x\"" }));
        await RpcAssert.InvalidFieldAsync("order_by", async () => await plans.ListPlansAsync(new ListPlansRequest { OrderBy = "state" }));
    }

    [Fact]
    public async Task Finds_plans_by_accent_free_phrase_and_date_range()
    {
        var plan = PlanRequests.Cambodia("Kế hoạch xúc tiến đầu tư tại Stung Treng " + Guid.NewGuid().ToString("N")[..6]);
        plan.StartDate = new Google.Type.Date { Year = 2031, Month = 3, Day = 1 };
        plan.EndDate = new Google.Type.Date { Year = 2031, Month = 12, Day = 31 };
        plan.Activities.Clear();
        var created = await CreateAsync(plan);

        async Task<List<string>> Names(string filter) =>
            (await plans.ListPlansAsync(new ListPlansRequest { Filter = filter, PageSize = 1000 })).Plans.Select(p => p.Name).ToList();

        Assert.Contains(created.Name, await Names("\"xuc tien dau tu\" AND start_date >= 2031-01-01 AND end_date <= 2031-12-31"));
        Assert.DoesNotContain(created.Name, await Names("start_date < 2031-01-01"));
        Assert.Contains(created.Name, await Names("(state = PLAN_STATE_APPROVED OR partner_province:\"provinces/KH-19\") AND NOT fields:COOPERATION_FIELD_HEALTH AND start_date > 2031-02-28"));
        await RpcAssert.InvalidFieldAsync("filter", async () => await plans.ListPlansAsync(new ListPlansRequest { Filter = "start_date >= \"soon\"" }));
    }

    [Fact]
    public async Task Pages_through_every_plan_once()
    {
        for (var i = 0; i < 5; i++)
            await CreateAsync(PlanRequests.Attapeu($"Kế hoạch trang {i}"));
        var seen = new List<string>();
        var request = new ListPlansRequest { PageSize = 2, OrderBy = "title desc" };
        int total;
        do
        {
            var page = await plans.ListPlansAsync(request);
            total = page.TotalSize;
            seen.AddRange(page.Plans.Select(p => p.Name));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken != "");
        Assert.True(total >= 5);
        Assert.Equal(total, seen.Distinct().Count());
        Assert.Equal(total, seen.Count);
    }

    [Fact]
    public async Task Plans_are_served_as_json_over_http()
    {
        var created = await CreateAsync(PlanRequests.Cambodia());
        using var http = registry.Factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(TestCallers.Ratanakiri));

        var list = await http.GetFromJsonAsync<JsonElement>("/v1/plans?filter=partner_province%20%3D%20%22provinces%2FKH-16%22&pageSize=100");
        var listed = list.GetProperty("plans").EnumerateArray().ToList();
        Assert.Contains(listed, p => p.GetProperty("name").GetString() == created.Name);
        Assert.All(listed, p => Assert.Contains("provinces/KH-16", p.GetProperty("partnerProvinces").EnumerateArray().Select(e => e.GetString())));

        var one = await http.GetFromJsonAsync<JsonElement>("/v1/" + created.Name);
        Assert.Equal("PLAN_STATE_DRAFT", one.GetProperty("plan").GetProperty("state").GetString());
        Assert.Equal("2025-09-21", $"{one.GetProperty("plan").GetProperty("submissionDueDate").GetProperty("year")}-09-21");
    }
}
