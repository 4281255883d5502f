using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Web.Records;

/// <summary>The moves of a plan (submission and approval) and of an event (held or cancelled).</summary>
public enum RecordAction
{
    SubmitPlan,
    ApprovePlan,
    ReturnPlan,
    MarkEventHeld,
    CancelEvent,
}

/// <summary>
/// Which moves a plan's or event's page offers: those its state allows (as the registry's rules
/// do: PlanApproval, CooperationEvent) and only to a manager of its home province.
/// </summary>
public static class PlanEventActions
{
    public static IReadOnlyList<RecordAction> Offered(Plan plan, PersonRights rights) =>
        !MayMove(plan.HomeProvince, plan.DeleteTime, rights) ? [] : plan.State switch
        {
            PlanState.Draft or PlanState.Returned => [RecordAction.SubmitPlan],
            PlanState.Submitted => [RecordAction.ApprovePlan, RecordAction.ReturnPlan],
            _ => [],
        };

    public static IReadOnlyList<RecordAction> Offered(Event record, PersonRights rights) =>
        MayMove(record.HomeProvince, record.DeleteTime, rights) && record.State == EventState.Planned
            ? [RecordAction.MarkEventHeld, RecordAction.CancelEvent]
            : [];

    /// <summary>Which inputs a move asks for; the text is the approval reference or the outcome.</summary>
    public static ActionInputs InputsOf(RecordAction action) => action switch
    {
        RecordAction.SubmitPlan => new(Date: true, Reason: false, Text: false),
        RecordAction.ApprovePlan => new(Date: true, Reason: false, Text: true),
        RecordAction.MarkEventHeld => new(Date: false, Reason: false, Text: true),
        _ => new(Date: false, Reason: true, Text: false),
    };

    private static bool MayMove(string homeProvince, Google.Protobuf.WellKnownTypes.Timestamp? deleted, PersonRights rights) =>
        rights.CanManage && rights.IsHomeOf(homeProvince) && deleted is null;
}
