using System.Net.Http.Json;
using System.Text.Json;
using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using static CoopRegistry.Server.Tests.Events.EventFixture;

namespace CoopRegistry.Server.Tests.Events;

/// <summary>Who sees and who changes events: partners see theirs only, auditors read all and write nothing.</summary>
public class EventAccessTests(EventFixture registry) : IClassFixture<EventFixture>, IAsyncLifetime
{
    private Event stungTreng = null!;
    private Event attapeu = null!;

    public async Task InitializeAsync()
    {
        stungTreng = (await registry.Manager.CreateEventAsync(new CreateEventRequest { Event = StungTrengConference() })).Event;
        attapeu = (await registry.Manager.CreateEventAsync(new CreateEventRequest { Event = AttapeuWorkingSession("Làm việc với tỉnh Attapeu") })).Event;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_ratanakiri_client_sees_the_event_it_takes_part_in_and_not_an_attapeu_one()
    {
        var ratanakiri = registry.Client(TestCallers.Ratanakiri);

        Assert.Equal(stungTreng.Name, (await ratanakiri.GetEventAsync(new GetEventRequest { Name = stungTreng.Name })).Event.Name);
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await ratanakiri.GetEventAsync(new GetEventRequest { Name = attapeu.Name }));
        var listed = (await ratanakiri.ListEventsAsync(new ListEventsRequest { PageSize = 1000 })).Events.Select(e => e.Name).ToList();
        Assert.Contains(stungTreng.Name, listed);
        Assert.DoesNotContain(attapeu.Name, listed);
        // Nor can it find the hidden one by searching for it.
        Assert.Empty((await ratanakiri.ListEventsAsync(new ListEventsRequest { Filter = "\"Attapeu\"" })).Events);
    }

    [Fact]
    public async Task A_partner_reads_but_cannot_change_even_its_own_events()
    {
        var ratanakiri = registry.Client(TestCallers.Ratanakiri);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () =>
            await ratanakiri.CancelEventAsync(new CancelEventRequest { Name = stungTreng.Name, Reason = "x" }));
    }

    [Fact]
    public async Task An_auditor_reads_everything_and_every_write_is_permission_denied()
    {
        var auditor = registry.Client(TestCallers.Auditor);
        Assert.Equal(attapeu.Name, (await auditor.GetEventAsync(new GetEventRequest { Name = attapeu.Name })).Event.Name);
        Assert.True((await auditor.ListEventsAsync(new ListEventsRequest())).TotalSize >= 2);

        var edited = stungTreng.Clone();
        edited.Title = "x";
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await auditor.CreateEventAsync(new CreateEventRequest { Event = StungTrengConference() }));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () =>
            await auditor.UpdateEventAsync(new UpdateEventRequest { Event = edited, UpdateMask = new FieldMask { Paths = { "title" } } }));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await auditor.DeleteEventAsync(new DeleteEventRequest { Name = stungTreng.Name, Reason = "x" }));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await auditor.UndeleteEventAsync(new UndeleteEventRequest { Name = stungTreng.Name }));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () =>
            await auditor.MarkEventHeldAsync(new MarkEventHeldRequest { Name = stungTreng.Name, StartDate = Day(2025, 10, 8) }));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await auditor.CancelEventAsync(new CancelEventRequest { Name = stungTreng.Name, Reason = "x" }));
        Assert.Equal(stungTreng, (await registry.Manager.GetEventAsync(new GetEventRequest { Name = stungTreng.Name })).Event);
    }

    [Fact]
    public async Task A_gia_lai_department_with_read_and_report_cannot_write()
    {
        var department = registry.Client(TestCallers.Department);
        Assert.Equal(attapeu.Name, (await department.GetEventAsync(new GetEventRequest { Name = attapeu.Name })).Event.Name);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await department.CreateEventAsync(new CreateEventRequest { Event = StungTrengConference() }));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await department.CancelEventAsync(new CancelEventRequest { Name = attapeu.Name, Reason = "x" }));
    }

    [Fact]
    public async Task Events_are_served_as_json_over_http()
    {
        using var http = registry.Factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(TestCallers.Ratanakiri));

        var body = await http.GetFromJsonAsync<JsonElement>("/v1/events?filter=kind%20%3D%20EVENT_KIND_CONFERENCE&pageSize=100");
        var names = body.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Contains(stungTreng.Name, names);
        Assert.DoesNotContain(attapeu.Name, names);

        var one = await http.GetFromJsonAsync<JsonElement>("/v1/" + stungTreng.Name);
        var resource = one.GetProperty("event");
        Assert.Equal("EVENT_KIND_CONFERENCE", resource.GetProperty("kind").GetString());
        Assert.Equal(2025, resource.GetProperty("startDate").GetProperty("year").GetInt32());
        Assert.Equal("Stung Treng (ស្ទឹងត្រែង)", resource.GetProperty("place").GetString());

        var hidden = await http.GetAsync("/v1/" + attapeu.Name);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, hidden.StatusCode);
    }
}
