using CoopRegistry.Web.Components.Pages.Forms;
using CoopRegistry.Web.Records;
using CoopRegistry.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CoopRegistry.Web.Tests.Pages;

/// <summary>A plan's activities and links, an event's pledges: added in the form, sent with the edit's mask.</summary>
public class PlanEventFormPageTests : ConsoleContext
{
    private static readonly Plan Plan = new()
    {
        Name = "plans/vn30-ke-hoach-2026",
        HomeProvince = "provinces/VN-30",
        Title = "Kế hoạch hợp tác năm 2026",
        LeadAgency = "agencies/vn30-so-ngoai-vu",
        State = PlanState.Draft,
        Etag = "\"p1\"",
    };

    private static readonly Event Event = new()
    {
        Name = "events/vn30-xuc-tien-2026",
        HomeProvince = "provinces/VN-30",
        Title = "Hội nghị xúc tiến đầu tư",
        Kind = EventKind.Conference,
        Organiser = "agencies/vn30-so-ngoai-vu",
        StartDate = new Google.Type.Date { Year = 2026, Month = 9, Day = 15 },
        State = EventState.Planned,
        Etag = "\"e1\"",
    };

    public PlanEventFormPageTests()
    {
        SignInGiaLaiManager();
        Services.AddSingleton(new PlanService.PlanServiceClient(Registry));
        Services.AddSingleton(new EventService.EventServiceClient(Registry));
        Services.AddSingleton(new DirectiveService.DirectiveServiceClient(Registry));
        Services.AddScoped<LinkChoices>();
        Registry.Answer<GetPlanRequest, GetPlanResponse>("GetPlan", _ => new GetPlanResponse { Plan = Plan })
            .Answer<UpdatePlanRequest, UpdatePlanResponse>("UpdatePlan", r => new UpdatePlanResponse { Plan = r.Plan })
            .Answer<GetEventRequest, GetEventResponse>("GetEvent", _ => new GetEventResponse { Event = Event })
            .Answer<UpdateEventRequest, UpdateEventResponse>("UpdateEvent", r => new UpdateEventResponse { Event = r.Event });
    }

    [Fact]
    public void An_activity_added_to_a_plan_is_sent_with_its_fields_and_the_plans_lead_by_default()
    {
        var page = Render<PlanForm>(p => p.Add(c => c.Id, "vn30-ke-hoach-2026"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("form")));

        page.Find("[data-testid=add-activities]").Click();
        page.WaitForElement("[data-testid=activities-1] [data-testid=field-title]").Change("Đoàn công tác sang tỉnh Ratanakiri");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Single(Registry.RequestsOf<UpdatePlanRequest>()));
        var sent = Registry.RequestsOf<UpdatePlanRequest>().Single();
        Assert.Equal(["activities"], sent.UpdateMask.Paths);
        var activity = Assert.Single(sent.Plan.Activities);
        Assert.Equal("Đoàn công tác sang tỉnh Ratanakiri", activity.Title);
        Assert.Equal("agencies/vn30-so-ngoai-vu", activity.LeadAgency);
    }

    [Fact]
    public void An_activity_removed_again_leaves_nothing_to_save()
    {
        var page = Render<PlanForm>(p => p.Add(c => c.Id, "vn30-ke-hoach-2026"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("form")));

        page.Find("[data-testid=add-activities]").Click();
        page.WaitForElement("[data-testid=remove-activities-1]").Click();
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Chưa có thay đổi", page.Find("[data-testid=error]").TextContent));
        Assert.Empty(Registry.RequestsOf<UpdatePlanRequest>());
    }

    [Fact]
    public void An_agreement_found_by_words_without_diacritics_is_linked_to_the_plan()
    {
        Registry.Answer<ListAgreementsRequest, ListAgreementsResponse>("ListAgreements", _ => new ListAgreementsResponse
        {
            Agreements = { new Agreement { Name = "agreements/vn30-dong-bac-campuchia-mou", Title = "Biên bản ghi nhớ với các tỉnh Đông Bắc Campuchia" } },
        });
        var popover = Render<MudPopoverProvider>();
        var page = Render<PlanForm>(p => p.Add(c => c.Id, "vn30-ke-hoach-2026"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("form")));

        page.Find("[data-testid=search-agreements]").Input("dong bac");
        page.WaitForAssertion(() => Assert.NotEmpty(Registry.RequestsOf<ListAgreementsRequest>()));
        Assert.Equal("\"dong bac\"", Registry.RequestsOf<ListAgreementsRequest>().Last().Filter);
        popover.WaitForAssertion(() => Assert.Contains("Đông Bắc Campuchia", popover.Markup));
        popover.FindAll(".mud-list-item").First(i => i.TextContent.Contains("Đông Bắc Campuchia", StringComparison.Ordinal)).Click();
        page.WaitForAssertion(() => Assert.Contains("Đông Bắc Campuchia", page.Find("[data-testid=field-agreements] .mud-chip").TextContent));
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Single(Registry.RequestsOf<UpdatePlanRequest>()));
        var sent = Registry.RequestsOf<UpdatePlanRequest>().Single();
        Assert.Equal(["agreements"], sent.UpdateMask.Paths);
        Assert.Equal(["agreements/vn30-dong-bac-campuchia-mou"], sent.Plan.Agreements);
    }

    [Fact]
    public void A_pledge_added_to_an_event_carries_its_amount_in_the_chosen_currency()
    {
        var page = Render<EventForm>(p => p.Add(c => c.Id, "vn30-xuc-tien-2026"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("form")));

        page.Find("[data-testid=add-pledges]").Click();
        page.WaitForElement("[data-testid=pledges-1] [data-testid=field-investor]").Change("Công ty CP Nông nghiệp Tây Nguyên");
        page.Find("[data-testid=pledges-1] [data-testid=field-amount]").Change("1500000000");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Single(Registry.RequestsOf<UpdateEventRequest>()));
        var sent = Registry.RequestsOf<UpdateEventRequest>().Single();
        Assert.Equal(["pledges"], sent.UpdateMask.Paths);
        var pledge = Assert.Single(sent.Event.Pledges);
        Assert.Equal("Công ty CP Nông nghiệp Tây Nguyên", pledge.Investor);
        Assert.Equal(new Google.Type.Money { CurrencyCode = "VND", Units = 1_500_000_000 }, pledge.Amount);
    }
}
