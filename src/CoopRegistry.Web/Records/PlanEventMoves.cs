using CoopRegistry.Contracts.V1;
using Date = Google.Type.Date;

namespace CoopRegistry.Web.Records;

/// <summary>Sends one plan or event move to the registry with the record's etag; returns the record as it now stands.</summary>
public sealed class PlanEventMoves(PlanService.PlanServiceClient plans, EventService.EventServiceClient events)
{
    public async Task<Plan> SendAsync(Plan plan, RecordAction action, Date? date, string reason, string text) => action switch
    {
        RecordAction.SubmitPlan => (await plans.SubmitPlanAsync(new SubmitPlanRequest
        { Name = plan.Name, Etag = plan.Etag, SubmittedDate = date })).Plan,
        RecordAction.ApprovePlan => (await plans.ApprovePlanAsync(new ApprovePlanRequest
        { Name = plan.Name, Etag = plan.Etag, ApprovedDate = date, ApprovalReference = text })).Plan,
        RecordAction.ReturnPlan => (await plans.ReturnPlanAsync(new ReturnPlanRequest
        { Name = plan.Name, Etag = plan.Etag, Reason = reason })).Plan,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "not a plan's move"),
    };

    public async Task<Event> SendAsync(Event record, RecordAction action, string reason, string text) => action switch
    {
        RecordAction.MarkEventHeld => (await events.MarkEventHeldAsync(new MarkEventHeldRequest
        { Name = record.Name, Etag = record.Etag, OutcomeSummary = text })).Event,
        RecordAction.CancelEvent => (await events.CancelEventAsync(new CancelEventRequest
        { Name = record.Name, Etag = record.Etag, Reason = reason })).Event,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "not an event's move"),
    };
}
