using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using static CoopRegistry.Server.Tests.Events.EventFixture;

namespace CoopRegistry.Server.Tests.Events;

/// <summary>Create, update, the planned → held / cancelled lifecycle, etags, request ids and soft delete, through gRPC.</summary>
public class EventLifecycleTests(EventFixture registry) : IClassFixture<EventFixture>
{
    private readonly EventService.EventServiceClient events = registry.Manager;

    private async Task<Event> CreateAsync(Event resource, string id = "") =>
        (await events.CreateEventAsync(new CreateEventRequest { Event = resource, EventId = id })).Event;

    [Fact]
    public async Task A_created_event_is_planned_in_the_callers_province_with_everything_it_was_given()
    {
        var created = await CreateAsync(StungTrengConference(), "vn-30-xttd-stung-treng-2025");

        Assert.Equal("events/vn-30-xttd-stung-treng-2025", created.Name);
        Assert.Equal(("provinces/VN-30", EventState.Planned), (created.HomeProvince, created.State));
        Assert.Equal(StungTrengConference().Delegation, created.Delegation);
        Assert.Equal(["provinces/KH-19", "provinces/KH-16"], created.ParticipatingProvinces);
        Assert.Equal([CooperationField.Investment, CooperationField.Trade], created.Fields);
        Assert.Equal((2025, 10, 1, true), (created.StartDate.Year, created.StartDate.Month, created.StartDate.Day, created.DatesTentative));
        Assert.Null(created.EndDate);
        Assert.NotEmpty(created.Etag);
        Assert.Equal(created, (await events.GetEventAsync(new GetEventRequest { Name = created.Name })).Event);
    }

    [Fact]
    public async Task Planned_then_held_then_pledges_recorded_and_no_second_move()
    {
        await registry.AddAgreementAsync("mou-stung-treng-2025", "Biên bản ghi nhớ hợp tác Gia Lai – Stung Treng");
        var planned = await CreateAsync(StungTrengConference("Hội nghị xúc tiến đầu tư (vòng đời)"));
        var early = planned.Clone();
        early.Pledges.Add(new InvestmentPledge { Investor = "Công ty X", Amount = Usd(1_000_000) });
        var notHeld = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () =>
            await events.UpdateEventAsync(new UpdateEventRequest { Event = early, UpdateMask = new FieldMask { Paths = { "pledges" } } }));
        Assert.Equal("EVENT_NOT_HELD", notHeld.GetDetail<ErrorInfo>()!.Reason);

        var held = (await events.MarkEventHeldAsync(new MarkEventHeldRequest
        {
            Name = planned.Name,
            Etag = planned.Etag,
            StartDate = Day(2025, 10, 8),
            EndDate = Day(2025, 10, 9),
            OutcomeSummary = "Ký kết 01 biên bản ghi nhớ; 02 doanh nghiệp cam kết đầu tư",
        })).Event;
        Assert.Equal(EventState.Held, held.State);
        Assert.False(held.DatesTentative);
        Assert.Equal((8, 9), (held.StartDate.Day, held.EndDate.Day));
        Assert.NotEqual(planned.Etag, held.Etag);

        held.Agreements.Add("agreements/mou-stung-treng-2025");
        held.Pledges.Add(new InvestmentPledge
        {
            Investor = "Công ty Cổ phần Cao su Gia Lai",
            Sector = CooperationField.Agriculture,
            Description = "Trồng và chế biến cao su",
            Amount = new Google.Type.Money { CurrencyCode = "USD", Units = 12_500_000, Nanos = 500_000_000 },
            TargetProvince = "provinces/KH-19",
        });
        var recorded = (await events.UpdateEventAsync(new UpdateEventRequest
        {
            Event = held,
            UpdateMask = new FieldMask { Paths = { "agreements", "pledges" } },
        })).Event;
        Assert.Equal(["agreements/mou-stung-treng-2025"], recorded.Agreements);
        var pledge = Assert.Single(recorded.Pledges);
        Assert.Equal(("USD", 12_500_000L, 500_000_000), (pledge.Amount.CurrencyCode, pledge.Amount.Units, pledge.Amount.Nanos));
        Assert.Equal("provinces/KH-19", pledge.TargetProvince);

        var again = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () =>
            await events.MarkEventHeldAsync(new MarkEventHeldRequest { Name = planned.Name, StartDate = Day(2025, 10, 8) }));
        Assert.Equal("EVENT_NOT_PLANNED", again.GetDetail<ErrorInfo>()!.Reason);
        Assert.Contains("is held", again.Message);
        Assert.Equal(planned.Name, again.GetDetail<PreconditionFailure>()?.Violations.Single().Subject);
        var cancelHeld = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () =>
            await events.CancelEventAsync(new CancelEventRequest { Name = planned.Name, Reason = "muộn" }));
        Assert.Contains("is held", cancelHeld.Message);
    }

    [Fact]
    public async Task Marking_held_needs_actual_dates_not_in_the_future()
    {
        var planned = await CreateAsync(StungTrengConference("Hội nghị (ngày thực tế)"));
        await RpcAssert.InvalidFieldAsync("start_date", async () =>
            await events.MarkEventHeldAsync(new MarkEventHeldRequest { Name = planned.Name }));
        await RpcAssert.InvalidFieldAsync("start_date", async () =>
            await events.MarkEventHeldAsync(new MarkEventHeldRequest { Name = planned.Name, StartDate = Day(2199, 1, 1) }));
        await RpcAssert.InvalidFieldAsync("end_date", async () =>
            await events.MarkEventHeldAsync(new MarkEventHeldRequest { Name = planned.Name, StartDate = Day(2025, 10, 8), EndDate = Day(2025, 10, 7) }));
        Assert.Equal(EventState.Planned, (await events.GetEventAsync(new GetEventRequest { Name = planned.Name })).Event.State);
    }

    [Fact]
    public async Task A_cancelled_event_keeps_its_reason_refuses_moves_and_edits_but_takes_new_sources()
    {
        var planned = await CreateAsync(StungTrengConference("Hội nghị (hủy)"));
        await RpcAssert.InvalidFieldAsync("reason", async () => await events.CancelEventAsync(new CancelEventRequest { Name = planned.Name }));

        var cancelled = (await events.CancelEventAsync(new CancelEventRequest { Name = planned.Name, Etag = planned.Etag, Reason = "Phía bạn đề nghị lùi thời gian" })).Event;
        Assert.Equal((EventState.Cancelled, "Phía bạn đề nghị lùi thời gian"), (cancelled.State, cancelled.CancellationReason));

        var held = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () =>
            await events.MarkEventHeldAsync(new MarkEventHeldRequest { Name = planned.Name, StartDate = Day(2025, 10, 8) }));
        Assert.Contains("is cancelled", held.Message);
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () =>
            await events.CancelEventAsync(new CancelEventRequest { Name = planned.Name, Reason = "lần nữa" }));

        var retitled = cancelled.Clone();
        retitled.Title = "Tên khác";
        var edit = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () =>
            await events.UpdateEventAsync(new UpdateEventRequest { Event = retitled, UpdateMask = new FieldMask { Paths = { "title" } } }));
        Assert.Equal("EVENT_CANCELLED", edit.GetDetail<ErrorInfo>()!.Reason);

        retitled.Sources.Add(new SourceReference { Document = "thong-bao-hoan.txt", Section = "§1" });
        var sourced = (await events.UpdateEventAsync(new UpdateEventRequest { Event = retitled, UpdateMask = new FieldMask { Paths = { "sources" } } })).Event;
        Assert.Equal(2, sourced.Sources.Count);
        Assert.Equal("Hội nghị (hủy)", sourced.Title);
    }

    [Fact]
    public async Task A_stale_etag_is_aborted_and_nothing_is_overwritten()
    {
        var original = await CreateAsync(StungTrengConference("Hội nghị (etag)"));
        var first = original.Clone();
        first.Title = "Hội nghị (etag) — sửa lần 1";
        var updated = (await events.UpdateEventAsync(new UpdateEventRequest { Event = first, UpdateMask = new FieldMask { Paths = { "title" } } })).Event;

        var stale = original.Clone();
        stale.Title = "Hội nghị (etag) — ghi đè";
        stale.Summary = "ghi đè";
        await RpcAssert.FailsAsync(StatusCode.Aborted, async () =>
            await events.UpdateEventAsync(new UpdateEventRequest { Event = stale, UpdateMask = new FieldMask { Paths = { "title", "summary" } } }));
        await RpcAssert.FailsAsync(StatusCode.Aborted, async () =>
            await events.CancelEventAsync(new CancelEventRequest { Name = original.Name, Etag = original.Etag, Reason = "x" }));
        await RpcAssert.FailsAsync(StatusCode.Aborted, async () =>
            await events.DeleteEventAsync(new DeleteEventRequest { Name = original.Name, Etag = original.Etag, Reason = "x" }));

        var now = (await events.GetEventAsync(new GetEventRequest { Name = original.Name })).Event;
        Assert.Equal(updated, now);
        Assert.Equal(original.Summary, now.Summary);
        Assert.Equal(EventState.Planned, now.State);
    }

    [Fact]
    public async Task A_create_retried_with_its_request_id_returns_the_first_event_and_creates_nothing()
    {
        var request = new CreateEventRequest { Event = StungTrengConference("Hội nghị (thử lại)"), RequestId = Guid.NewGuid().ToString() };
        var first = (await events.CreateEventAsync(request)).Event;
        request.Event.Summary = "lần gửi lại";
        var retried = (await events.CreateEventAsync(request)).Event;

        Assert.Equal(first, retried);
        var listed = await events.ListEventsAsync(new ListEventsRequest { Filter = "title = \"Hội nghị (thử lại)\"" });
        Assert.Equal(1, listed.TotalSize);
        await RpcAssert.InvalidFieldAsync("request_id", async () =>
            await events.CreateEventAsync(new CreateEventRequest { Event = StungTrengConference(), RequestId = "not-a-uuid" }));
    }

    [Fact]
    public async Task A_taken_id_is_already_exists()
    {
        await CreateAsync(StungTrengConference(), "vn-30-su-kien-trung-ten");
        await RpcAssert.FailsAsync(StatusCode.AlreadyExists, async () => await CreateAsync(StungTrengConference(), "vn-30-su-kien-trung-ten"));
    }

    [Fact]
    public async Task Withdrawn_events_stay_readable_leave_lists_and_come_back_on_undelete()
    {
        var created = await CreateAsync(StungTrengConference("Hội nghị (rút)"));
        var filter = "title = \"Hội nghị (rút)\"";
        await RpcAssert.InvalidFieldAsync("reason", async () => await events.DeleteEventAsync(new DeleteEventRequest { Name = created.Name }));

        var withdrawn = (await events.DeleteEventAsync(new DeleteEventRequest { Name = created.Name, Etag = created.Etag, Reason = "Nhập trùng" })).Event;
        Assert.NotNull(withdrawn.DeleteTime);
        Assert.Equal("Nhập trùng", withdrawn.WithdrawalReason);
        Assert.Equal(withdrawn, (await events.GetEventAsync(new GetEventRequest { Name = created.Name })).Event);
        Assert.Empty((await events.ListEventsAsync(new ListEventsRequest { Filter = filter })).Events);
        Assert.Single((await events.ListEventsAsync(new ListEventsRequest { Filter = filter, ShowDeleted = true })).Events);

        var changed = withdrawn.Clone();
        changed.Title = "x";
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () =>
            await events.UpdateEventAsync(new UpdateEventRequest { Event = changed, UpdateMask = new FieldMask { Paths = { "title" } } }));
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () =>
            await events.CancelEventAsync(new CancelEventRequest { Name = created.Name, Reason = "x" }));

        var restored = (await events.UndeleteEventAsync(new UndeleteEventRequest { Name = created.Name, Etag = withdrawn.Etag })).Event;
        Assert.Null(restored.DeleteTime);
        Assert.Equal("", restored.WithdrawalReason);
        Assert.Single((await events.ListEventsAsync(new ListEventsRequest { Filter = filter })).Events);
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () =>
            await events.UndeleteEventAsync(new UndeleteEventRequest { Name = created.Name }));
    }
}
