using CoopRegistry.Contracts.V1;
using Model = CoopRegistry.Domain.Events.CooperationEvent;

namespace CoopRegistry.Server.Events;

/// <summary>EventService: investment-promotion events, their lifecycle and outcomes.</summary>
public sealed class EventGrpcService(RecordStore store, AsOfReader asOf, TypeAdapterConfig mapping) : EventService.EventServiceBase
{
    private readonly RecordCalls<Model> records = new(store, asOf, Model.CollectionName);

    public override async Task<GetEventResponse> GetEvent(GetEventRequest request, ServerCallContext context) =>
        new() { Event = await records.GetAsync(request.Name, request.ReadTime, Map, context) };

    public override async Task<ListEventsResponse> ListEvents(ListEventsRequest request, ServerCallContext context)
    {
        var page = await records.ListAsync(EventListing.Schema, request.PageSize, request.PageToken, request.Filter, request.OrderBy, request.ShowDeleted, context);
        return new ListEventsResponse { Events = { page.Items.Select(Map) }, NextPageToken = page.NextPageToken, TotalSize = page.TotalSize };
    }

    public override async Task<CreateEventResponse> CreateEvent(CreateEventRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var (record, requestId) = EventConverter.ForCreate(request, caller);
        record.DemandOutcomesOnlyWhenHeld();
        return new CreateEventResponse { Event = Map(await store.CreateAsync(record, caller, requestId, context.CancellationToken)) };
    }

    public override async Task<UpdateEventResponse> UpdateEvent(UpdateEventRequest request, ServerCallContext context)
    {
        var paths = UpdateMasks.Resolve(request.UpdateMask, Model.UpdatableFields);
        var (id, changes) = EventConverter.ForUpdate(request.Event, paths);
        var record = await records.ForChangeByIdAsync(id, request.Event.Etag, context);
        record.Edit(changes, paths);
        return new UpdateEventResponse { Event = await SaveAsync(record, context) };
    }

    public override async Task<DeleteEventResponse> DeleteEvent(DeleteEventRequest request, ServerCallContext context) =>
        new() { Event = Map(await records.WithdrawAsync(request.Name, request.Etag, request.Reason, context)) };

    public override async Task<UndeleteEventResponse> UndeleteEvent(UndeleteEventRequest request, ServerCallContext context) =>
        new() { Event = Map(await records.RestoreAsync(request.Name, request.Etag, context)) };

    public override async Task<MarkEventHeldResponse> MarkEventHeld(MarkEventHeldRequest request, ServerCallContext context)
    {
        var record = await ForChangeAsync(request.Name, request.Etag, context);
        var today = HomeTime.Today(store.Now);
        record.MarkHeld(request.StartDate.ToDateOnly("start_date"), request.EndDate.ToDateOnly("end_date"), request.OutcomeSummary, today);
        return new MarkEventHeldResponse { Event = await SaveAsync(record, context) };
    }

    public override async Task<CancelEventResponse> CancelEvent(CancelEventRequest request, ServerCallContext context)
    {
        var record = await ForChangeAsync(request.Name, request.Etag, context);
        record.Cancel(request.Reason);
        return new CancelEventResponse { Event = await SaveAsync(record, context) };
    }

    private Task<Model> ForChangeAsync(string name, string etag, ServerCallContext context, string field = "name") =>
        records.ForChangeAsync(name, etag, context, field);

    private async Task<Event> SaveAsync(Model record, ServerCallContext context) => Map(await records.SaveAsync(record, context));

    private Event Map(Model record) => record.Adapt<Event>(mapping);
}
