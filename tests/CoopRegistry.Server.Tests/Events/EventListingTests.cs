using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Server.Tests.Events;

/// <summary>Three events (a held conference in Stung Treng, an Attapeu working session, a trade fair at Lệ Thanh), made once per class.</summary>
public sealed class EventListingFixture : EventFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var events = Manager;
        await AddAgreementAsync("mou-ratanakiri-2025", "Biên bản hợp tác Gia Lai – Ratanakiri");
        var conference = (await events.CreateEventAsync(new CreateEventRequest { Event = StungTrengConference(), EventId = "vn-30-hoi-nghi-stung-treng" })).Event;
        var held = (await events.MarkEventHeldAsync(new MarkEventHeldRequest { Name = conference.Name, StartDate = Day(2025, 10, 8), EndDate = Day(2025, 10, 9) })).Event;
        held.Agreements.Add("agreements/mou-ratanakiri-2025");
        await events.UpdateEventAsync(new UpdateEventRequest { Event = held, UpdateMask = new FieldMask { Paths = { "agreements" } } });

        await events.CreateEventAsync(new CreateEventRequest { Event = AttapeuWorkingSession("Đoàn công tác làm việc tại Attapeu"), EventId = "vn-30-lam-viec-attapeu" });
        var fair = new Event
        {
            Kind = EventKind.TradeFair,
            Title = "Hội chợ thương mại biên giới Lệ Thanh",
            StartDate = Day(2026, 3, 1),
            EndDate = Day(2026, 3, 5),
            Place = "Cửa khẩu quốc tế Lệ Thanh",
            PlaceProvince = "provinces/VN-30",
            ParticipatingProvinces = { "provinces/KH-16" },
            Fields = { CooperationField.Trade, CooperationField.BorderGateLogistics },
            Level = CooperationLevel.Department,
            Organiser = "agencies/vn30-so-cong-thuong",
        };
        await events.CreateEventAsync(new CreateEventRequest { Event = fair, EventId = "vn-30-hoi-cho-le-thanh" });
    }
}

/// <summary>ListEvents: text search without accents and in Khmer, the documented filters, order and paging.</summary>
public class EventListingTests(EventListingFixture registry) : IClassFixture<EventListingFixture>
{
    private readonly EventService.EventServiceClient events = registry.Manager;

    private async Task<List<string>> NamesAsync(string filter, string orderBy = "") =>
        (await events.ListEventsAsync(new ListEventsRequest { Filter = filter, OrderBy = orderBy, PageSize = 1000 })).Events.Select(e => e.Name).ToList();

    [Theory]
    [InlineData("\"xuc tien dau tu\"", "events/vn-30-hoi-nghi-stung-treng")]
    [InlineData("\"XÚC TIẾN\"", "events/vn-30-hoi-nghi-stung-treng")]
    [InlineData("\"ស្ទឹងត្រែង\"", "events/vn-30-hoi-nghi-stung-treng")]
    [InlineData("\"nguyen van a\"", "events/vn-30-hoi-nghi-stung-treng")]
    [InlineData("\"le thanh\" AND kind = EVENT_KIND_TRADE_FAIR", "events/vn-30-hoi-cho-le-thanh")]
    [InlineData("\"doan cong tac\"", "events/vn-30-lam-viec-attapeu")]
    public async Task A_bare_phrase_finds_its_event_ignoring_case_and_diacritics(string filter, string expected) =>
        Assert.Equal([expected], await NamesAsync(filter));

    [Theory]
    [InlineData("kind = EVENT_KIND_CONFERENCE", "vn-30-hoi-nghi-stung-treng")]
    [InlineData("kind != EVENT_KIND_CONFERENCE", "vn-30-hoi-cho-le-thanh vn-30-lam-viec-attapeu")]
    [InlineData("state = EVENT_STATE_HELD", "vn-30-hoi-nghi-stung-treng")]
    [InlineData("state = EVENT_STATE_PLANNED", "vn-30-hoi-cho-le-thanh vn-30-lam-viec-attapeu")]
    [InlineData("level = COOPERATION_LEVEL_DEPARTMENT", "vn-30-hoi-cho-le-thanh")]
    [InlineData("fields:COOPERATION_FIELD_TRADE", "vn-30-hoi-cho-le-thanh vn-30-hoi-nghi-stung-treng")]
    [InlineData("fields = COOPERATION_FIELD_EDUCATION", "vn-30-lam-viec-attapeu")]
    [InlineData("partner_province = \"provinces/KH-16\"", "vn-30-hoi-cho-le-thanh vn-30-hoi-nghi-stung-treng")]
    [InlineData("partner_province = \"provinces/KH-19\"", "vn-30-hoi-nghi-stung-treng")]
    [InlineData("participating_provinces:\"provinces/LA-AT\"", "vn-30-lam-viec-attapeu")]
    [InlineData("participating_agencies:\"agencies/vn30-so-cong-thuong\"", "vn-30-hoi-nghi-stung-treng")]
    [InlineData("organiser = \"agencies/vn30-so-cong-thuong\"", "vn-30-hoi-cho-le-thanh")]
    [InlineData("place_province = \"provinces/LA-AT\"", "vn-30-lam-viec-attapeu")]
    [InlineData("home_province = \"provinces/VN-30\" AND agreements:\"agreements/mou-ratanakiri-2025\"", "vn-30-hoi-nghi-stung-treng")]
    [InlineData("start_date >= 2025-10-01 AND start_date < 2026-01-01", "vn-30-hoi-nghi-stung-treng vn-30-lam-viec-attapeu")]
    [InlineData("end_date > 2026-03-04", "vn-30-hoi-cho-le-thanh")]
    [InlineData("kind = EVENT_KIND_TRADE_FAIR OR (state = EVENT_STATE_HELD AND NOT fields:COOPERATION_FIELD_EDUCATION)", "vn-30-hoi-cho-le-thanh vn-30-hoi-nghi-stung-treng")]
    [InlineData("\"xuc tien\" OR attapeu", "vn-30-hoi-nghi-stung-treng vn-30-lam-viec-attapeu")]
    [InlineData("end_date = 2025-11-12", "vn-30-lam-viec-attapeu")]
    [InlineData("dates_tentative = false AND title:\"hoi cho\"", "vn-30-hoi-cho-le-thanh")]
    [InlineData("title = \"Đoàn công tác làm việc tại Attapeu\"", "vn-30-lam-viec-attapeu")]
    public async Task The_documented_filters_select_their_events(string filter, string expected) =>
        Assert.Equal(expected.Split(' ').Select(id => "events/" + id), (await NamesAsync(filter)).Order());

    [Fact]
    public async Task Orders_by_start_date_and_title_the_vietnamese_way()
    {
        Assert.Equal(["events/vn-30-hoi-cho-le-thanh", "events/vn-30-lam-viec-attapeu", "events/vn-30-hoi-nghi-stung-treng"], await NamesAsync("", "start_date desc"));
        // Vietnamese collation: "Đoàn" sorts after D and so before "Hội" (byte order would put it last).
        Assert.Equal(["events/vn-30-lam-viec-attapeu", "events/vn-30-hoi-cho-le-thanh", "events/vn-30-hoi-nghi-stung-treng"], await NamesAsync("", "title"));
    }

    [Fact]
    public async Task Pages_visit_every_event_once()
    {
        var seen = new List<string>();
        var request = new ListEventsRequest { PageSize = 1, OrderBy = "start_date" };
        do
        {
            var page = await events.ListEventsAsync(request);
            Assert.Equal(3, page.TotalSize);
            seen.AddRange(page.Events.Select(e => e.Name));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken != "");
        Assert.Equal(3, seen.Distinct().Count());
        Assert.Equal(3, seen.Count);
    }

    [Theory]
    [InlineData("colour = \"red\"")]
    [InlineData("kind = CONFERENCE")]
    [InlineData("start_date >= \"1 Oct 2025\"")]
    [InlineData("partner_province = \"KH-16\"")]
    [InlineData("fields < COOPERATION_FIELD_TRADE")]
    [InlineData("\"unclosed")]
    public async Task A_filter_it_cannot_use_is_invalid_naming_filter(string filter) =>
        await RpcAssert.InvalidFieldAsync("filter", async () => await events.ListEventsAsync(new ListEventsRequest { Filter = filter }));

    [Fact]
    public async Task Paging_arguments_are_checked()
    {
        await RpcAssert.InvalidFieldAsync("order_by", async () => await events.ListEventsAsync(new ListEventsRequest { OrderBy = "place" }));
        var first = await events.ListEventsAsync(new ListEventsRequest { PageSize = 1 });
        await RpcAssert.InvalidFieldAsync("page_token", async () =>
            await events.ListEventsAsync(new ListEventsRequest { PageSize = 1, PageToken = first.NextPageToken, ShowDeleted = true }));
    }
}
