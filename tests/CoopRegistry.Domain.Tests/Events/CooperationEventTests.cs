using CoopRegistry.Domain.Events;
using CoopRegistry.Domain.Records;

namespace CoopRegistry.Domain.Tests.Events;

public class CooperationEventTests
{
    private static readonly DateOnly Today = new(2025, 10, 20);

    private static CooperationEvent Planned() => new()
    {
        Id = "xttd-stung-treng",
        HomeProvinceCode = "VN-30",
        Kind = EventKind.Conference,
        Title = "Hội nghị xúc tiến đầu tư tại tỉnh Stung Treng",
        StartDate = new DateOnly(2025, 10, 1),
        DatesTentative = true,
    };

    [Fact]
    public void A_complete_planned_event_has_no_violations() => Assert.Empty(Planned().Violations());

    [Fact]
    public void Every_broken_rule_is_named_by_its_field_at_once()
    {
        var record = Planned();
        record.Kind = 0;
        record.Title = " ";
        record.EndDate = new DateOnly(2025, 9, 30);
        record.Delegation = [new("A", "Chủ tịch", null, true), new("", "Giám đốc", null, false), new("C", "Phó", null, true)];
        record.Pledges = [new("Công ty X", CooperationField.Investment, "", -5m, "USD", null)];

        var fields = record.Violations().Select(v => v.Field).ToList();

        Assert.Equal(
            ["event.kind", "event.title", "event.end_date", "event.delegation[2].head", "event.delegation[1].person", "event.pledges[0].amount"],
            fields);
    }

    [Fact]
    public void A_held_event_cannot_keep_tentative_dates()
    {
        var record = Planned();
        record.State = EventState.Held;
        Assert.Equal("event.dates_tentative", Assert.Single(record.Violations()).Field);
    }

    [Fact]
    public void Marking_held_sets_actual_dates_and_outcome_and_clears_tentative()
    {
        var record = Planned();
        record.MarkHeld(new DateOnly(2025, 10, 8), new DateOnly(2025, 10, 9), " Ký 2 biên bản ghi nhớ ", Today);

        Assert.Equal(EventState.Held, record.State);
        Assert.Equal((new DateOnly(2025, 10, 8), new DateOnly(2025, 10, 9)), (record.StartDate, record.EndDate));
        Assert.False(record.DatesTentative);
        Assert.Equal("Ký 2 biên bản ghi nhớ", record.OutcomeSummary);
    }

    [Fact]
    public void Marking_held_refuses_missing_future_or_reversed_dates()
    {
        var missing = Assert.Throws<InvalidArgumentException>(() => Planned().MarkHeld(null, null, null, Today));
        Assert.Equal("start_date", Assert.Single(missing.Violations).Field);
        var future = Assert.Throws<InvalidArgumentException>(() => Planned().MarkHeld(Today.AddDays(1), null, null, Today));
        Assert.Equal("start_date", Assert.Single(future.Violations).Field);
        var reversed = Assert.Throws<InvalidArgumentException>(() => Planned().MarkHeld(Today, Today.AddDays(-1), null, Today));
        Assert.Equal("end_date", Assert.Single(reversed.Violations).Field);
        Planned().MarkHeld(Today, null, null, Today);
    }

    [Fact]
    public void Only_a_planned_event_moves_and_the_refusal_names_the_state()
    {
        var held = Planned();
        held.MarkHeld(Today, null, null, Today);
        var again = Assert.Throws<FailedPreconditionException>(() => held.MarkHeld(Today, null, null, Today));
        Assert.Equal("EVENT_NOT_PLANNED", again.Reason);
        Assert.Contains("is held", again.Message);
        Assert.Contains("is held", Assert.Throws<FailedPreconditionException>(() => held.Cancel("late")).Message);

        var cancelled = Planned();
        cancelled.Cancel(" Đổi lịch ");
        Assert.Equal((EventState.Cancelled, "Đổi lịch"), (cancelled.State, cancelled.CancellationReason));
        Assert.Contains("is cancelled", Assert.Throws<FailedPreconditionException>(() => cancelled.MarkHeld(Today, null, null, Today)).Message);
    }

    [Fact]
    public void Cancelling_needs_a_reason() =>
        Assert.Equal("reason", Assert.Single(Assert.Throws<InvalidArgumentException>(() => Planned().Cancel(" ")).Violations).Field);

    [Fact]
    public void A_cancelled_event_changes_only_its_sources()
    {
        var record = Planned();
        record.Cancel("Đối tác đề nghị hoãn");
        record.DemandEditable(["sources"]);
        var refused = Assert.Throws<FailedPreconditionException>(() => record.DemandEditable(["title", "sources"]));
        Assert.Equal("EVENT_CANCELLED", refused.Reason);
        Assert.Contains("title", refused.Message);
    }

    [Fact]
    public void A_withdrawn_event_neither_changes_nor_moves()
    {
        var record = Planned();
        record.Withdraw("trùng", DateTime.UtcNow);
        Assert.Equal("WITHDRAWN", Assert.Throws<FailedPreconditionException>(() => record.DemandEditable(["title"])).Reason);
        Assert.Equal("WITHDRAWN", Assert.Throws<FailedPreconditionException>(() => record.Cancel("x")).Reason);
    }

    [Fact]
    public void Outcomes_belong_to_a_held_event()
    {
        var record = Planned();
        record.Pledges = [new("Công ty X", CooperationField.Agriculture, "Trồng cao su", 1_000_000m, "USD", "KH-19")];
        Assert.Equal("EVENT_NOT_HELD", Assert.Throws<FailedPreconditionException>(record.DemandOutcomesOnlyWhenHeld).Reason);
        record.MarkHeld(Today, null, null, Today);
        record.DemandOutcomesOnlyWhenHeld();
    }

    [Fact]
    public void References_make_participants_parties_and_links_not()
    {
        var record = Planned();
        record.PlaceProvinceCode = "KH-19";
        record.OrganiserId = "vn30-so-ngoai-vu";
        record.ParticipatingProvinceCodes = ["KH-16"];
        record.ParticipatingAgencyIds = ["kh19-so-cong-thuong"];
        record.Delegation = [new("A", "Phó Chủ tịch", "vn30-ubnd", true)];
        record.AgreementIds = ["mou-stung-treng"];
        record.Pledges = [new("Công ty X", null, "", null, null, "LA-AT")];

        var references = record.References().ToDictionary(r => r.Field);

        Assert.True(references["event.place_province"].Party);
        Assert.True(references["event.organiser"].Party);
        Assert.True(references["event.participating_provinces[0]"].Party);
        Assert.True(references["event.participating_agencies[0]"].Party);
        Assert.True(references["event.delegation[0].agency"].Party);
        Assert.Equal((RecordCollections.Agreements, "mou-stung-treng", false),
            (references["event.agreements[0]"].Collection, references["event.agreements[0]"].Id, references["event.agreements[0]"].Party));
        Assert.False(references["event.pledges[0].target_province"].Party);
    }

    [Fact]
    public void The_search_document_holds_title_place_people_and_investors()
    {
        var record = Planned();
        record.Place = "Stung Treng (ស្ទឹងត្រែង)";
        record.Delegation = [new("Nguyễn Văn A", "Phó Chủ tịch UBND tỉnh", null, true)];
        record.Pledges = [new("Công ty Cao su Đông Á", null, "Nhà máy chế biến", null, null, null)];
        record.RefreshSearchDocument();

        foreach (var text in new[] { "xúc tiến đầu tư", "ស្ទឹងត្រែង", "Nguyễn Văn A", "Cao su Đông Á", "Nhà máy chế biến" })
            Assert.Contains(text, record.SearchDocument);
    }
}
