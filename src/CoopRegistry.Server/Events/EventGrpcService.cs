using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Queries;
using CoopRegistry.Data.Records;
using CoopRegistry.Domain.Calendar;
using CoopRegistry.Domain.Directory;
using CoopRegistry.Server.Access;
using CoopRegistry.Server.Audit;
using CoopRegistry.Server.Protobuf;
using Grpc.Core;
using Mapster;
using Model = CoopRegistry.Domain.Events.CooperationEvent;

namespace CoopRegistry.Server.Events;

/// <summary>EventService: investment-promotion events, their lifecycle and outcomes.</summary>
public sealed class EventGrpcService(RecordStore store, AsOfReader asOf, TypeAdapterConfig mapping) : EventService.EventServiceBase
{
    public override async Task<GetEventResponse> GetEvent(GetEventRequest request, ServerCallContext context)
    {
        if (request.ReadTime is { } readTime)
            return new GetEventResponse { Event = await asOf.GetAsync<Event>(Model.CollectionName, Id(request.Name), readTime, context.Caller(), context.CancellationToken) };
        var record = await store.GetAsync<Model>(Model.CollectionName, Id(request.Name), context.Caller(), context.CancellationToken);
        return new GetEventResponse { Event = Map(record) };
    }

    public override async Task<ListEventsResponse> ListEvents(ListEventsRequest request, ServerCallContext context)
    {
        var page = await EventListing.ListAsync(store.Visible<Model>(context.Caller(), request.ShowDeleted),
            request.PageSize, request.PageToken, request.Filter, request.OrderBy, request.ShowDeleted, context.CancellationToken);
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
        var source = request.Event ?? new Event();
        var record = await ForChange(source.Name, source.Etag, context, "event.name");
        var paths = UpdateMasks.Resolve(request.UpdateMask, EventConverter.Updatable);
        record.DemandEditable(paths);
        EventConverter.ForUpdate(source, record, paths);
        record.DemandOutcomesOnlyWhenHeld();
        return new UpdateEventResponse { Event = await Save(record, context) };
    }

    public override async Task<DeleteEventResponse> DeleteEvent(DeleteEventRequest request, ServerCallContext context)
    {
        var record = await ForChange(request.Name, request.Etag, context);
        record.Withdraw(request.Reason, store.Now);
        return new DeleteEventResponse { Event = await Save(record, context) };
    }

    public override async Task<UndeleteEventResponse> UndeleteEvent(UndeleteEventRequest request, ServerCallContext context)
    {
        var record = await ForChange(request.Name, request.Etag, context);
        record.Restore();
        return new UndeleteEventResponse { Event = await Save(record, context) };
    }

    public override async Task<MarkEventHeldResponse> MarkEventHeld(MarkEventHeldRequest request, ServerCallContext context)
    {
        var record = await ForChange(request.Name, request.Etag, context);
        var today = HomeTime.Today(store.Now);
        record.MarkHeld(request.StartDate.ToDateOnly("start_date"), request.EndDate.ToDateOnly("end_date"), request.OutcomeSummary, today);
        return new MarkEventHeldResponse { Event = await Save(record, context) };
    }

    public override async Task<CancelEventResponse> CancelEvent(CancelEventRequest request, ServerCallContext context)
    {
        var record = await ForChange(request.Name, request.Etag, context);
        record.Cancel(request.Reason);
        return new CancelEventResponse { Event = await Save(record, context) };
    }

    private static string Id(string name, string field = "name") => ResourceNames.ParseId(Model.CollectionName, name, field);

    private Task<Model> ForChange(string name, string etag, ServerCallContext context, string field = "name") =>
        store.GetForChangeAsync<Model>(Model.CollectionName, Id(name, field), etag, context.Caller(), context.CancellationToken);

    private async Task<Event> Save(Model record, ServerCallContext context) =>
        Map(await store.SaveAsync(record, context.Caller(), context.CancellationToken));

    private Event Map(Model record) => record.Adapt<Event>(mapping);
}
