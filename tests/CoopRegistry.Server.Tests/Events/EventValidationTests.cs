using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using static CoopRegistry.Server.Tests.Events.EventFixture;

namespace CoopRegistry.Server.Tests.Events;

/// <summary>Bad input is INVALID_ARGUMENT with a BadRequest naming every bad field at once, and writes nothing.</summary>
public class EventValidationTests(EventFixture registry) : IClassFixture<EventFixture>
{
    private readonly EventService.EventServiceClient events = registry.Manager;

    private async Task<IReadOnlyCollection<string>> ViolatedFieldsAsync(Func<Task> call)
    {
        var status = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, call);
        return status.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field).ToList();
    }

    [Fact]
    public async Task Every_bad_field_is_named_in_one_answer()
    {
        var bad = StungTrengConference("Hội nghị (sai nhiều chỗ)");
        bad.Kind = EventKind.Unspecified;
        bad.EndDate = Day(2025, 9, 30);
        bad.Delegation[1].Head = true;
        bad.Organiser = "provinces/VN-30";
        bad.Fields.Add(CooperationField.Unspecified);
        bad.Pledges.Add(new InvestmentPledge { Investor = "Công ty A", Amount = Usd(5_000) });
        bad.Pledges.Add(new InvestmentPledge { Investor = "Công ty B", Amount = new Google.Type.Money { CurrencyCode = "EUR", Units = 10 } });
        bad.Pledges.Add(new InvestmentPledge { Investor = "", Amount = new Google.Type.Money { CurrencyCode = "VND", Units = -3 } });

        var fields = await ViolatedFieldsAsync(async () => await events.CreateEventAsync(new CreateEventRequest { Event = bad }));

        Assert.Equal(
            new[]
            {
                "event.kind", "event.end_date", "event.delegation[1].head", "event.organiser", "event.fields[2]",
                "event.pledges[1].amount.currency_code", "event.pledges[2].investor", "event.pledges[2].amount",
            }.Order(),
            fields.Order());
        Assert.Equal(0, (await events.ListEventsAsync(new ListEventsRequest { Filter = "title = \"Hội nghị (sai nhiều chỗ)\"" })).TotalSize);
    }

    [Fact]
    public async Task Unknown_provinces_agencies_and_agreements_are_named()
    {
        var unknown = StungTrengConference();
        unknown.PlaceProvince = "provinces/XX-99";
        unknown.ParticipatingAgencies.Add("agencies/khong-co");
        unknown.Agreements.Add("agreements/khong-co");

        var fields = await ViolatedFieldsAsync(async () => await events.CreateEventAsync(new CreateEventRequest { Event = unknown }));

        Assert.Equal(new[] { "event.agreements[0]", "event.participating_agencies[1]", "event.place_province" }, fields.Order());
    }

    [Fact]
    public async Task Title_and_start_date_are_required_and_ids_and_home_are_checked()
    {
        var fields = await ViolatedFieldsAsync(async () => await events.CreateEventAsync(new CreateEventRequest { Event = new Event() }));
        Assert.Equal(new[] { "event.kind", "event.start_date", "event.title" }, fields.Order());

        await RpcAssert.InvalidFieldAsync("event_id", async () =>
            await events.CreateEventAsync(new CreateEventRequest { Event = StungTrengConference(), EventId = "Bad_Id" }));
        await RpcAssert.InvalidFieldAsync("event.start_date", async () =>
        {
            var impossible = StungTrengConference();
            impossible.StartDate = Day(2025, 2, 30);
            await events.CreateEventAsync(new CreateEventRequest { Event = impossible });
        });
        var malformed = StungTrengConference();
        malformed.HomeProvince = "VN-30";
        await RpcAssert.InvalidFieldAsync("event.home_province", async () => await events.CreateEventAsync(new CreateEventRequest { Event = malformed }));
        // A Gia Lai client keeps Gia Lai's records only.
        var foreign = StungTrengConference();
        foreign.HomeProvince = "provinces/KH-19";
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await events.CreateEventAsync(new CreateEventRequest { Event = foreign }));
    }

    [Fact]
    public async Task An_update_is_validated_on_the_result_and_names_the_mask()
    {
        var created = (await events.CreateEventAsync(new CreateEventRequest { Event = StungTrengConference("Hội nghị (sửa sai)") })).Event;
        var reversed = created.Clone();
        reversed.EndDate = Day(2025, 9, 1);
        var fields = await ViolatedFieldsAsync(async () =>
            await events.UpdateEventAsync(new UpdateEventRequest { Event = reversed, UpdateMask = new FieldMask { Paths = { "end_date" } } }));
        Assert.Equal(["event.end_date"], fields);

        await RpcAssert.InvalidFieldAsync("update_mask", async () =>
            await events.UpdateEventAsync(new UpdateEventRequest { Event = created, UpdateMask = new FieldMask { Paths = { "state" } } }));
        await RpcAssert.InvalidFieldAsync("event.name", async () =>
            await events.UpdateEventAsync(new UpdateEventRequest { Event = new Event { Name = "agreements/x" } }));
        Assert.Null((await events.GetEventAsync(new GetEventRequest { Name = created.Name })).Event.EndDate);
    }
}
