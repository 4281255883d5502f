namespace CoopRegistry.Domain.Plans;

/// <summary>
/// The approval state machine: draft → submitted → approved or returned; returned → submitted
/// again. A move the current state does not allow is FAILED_PRECONDITION naming that state and
/// the moves it allows.
/// </summary>
public static class PlanApproval
{
    /// <summary>The moves each state allows, by the name of the method that makes them.</summary>
    public static readonly IReadOnlyDictionary<PlanState, IReadOnlyList<string>> AllowedMoves = new Dictionary<PlanState, IReadOnlyList<string>>
    {
        [PlanState.Draft] = ["SubmitPlan"],
        [PlanState.Submitted] = ["ApprovePlan", "ReturnPlan"],
        [PlanState.Approved] = [],
        [PlanState.Returned] = ["SubmitPlan"],
    };

    /// <summary>Draft or returned → submitted, on <paramref name="submittedDate"/> (today when unset).</summary>
    public static void Submit(this Plan plan, DateOnly? submittedDate, DateOnly today)
    {
        Demand(plan, "SubmitPlan", "PLAN_NOT_DRAFT_OR_RETURNED");
        plan.State = PlanState.Submitted;
        plan.SubmittedDate = submittedDate ?? today;
    }

    /// <summary>
    /// Submitted → approved by <paramref name="authorityId"/> (the plan's approving authority when
    /// null; one of them is required), on <paramref name="approvedDate"/> (today when unset).
    /// </summary>
    public static void Approve(this Plan plan, DateOnly? approvedDate, string? authorityId, string? reference, DateOnly today)
    {
        Demand(plan, "ApprovePlan", "PLAN_NOT_SUBMITTED");
        var violations = new FieldViolations();
        var authority = authorityId ?? plan.ApprovingAuthorityId;
        if (authority is null)
            violations.Add("approving_authority", $"is required: {plan.ResourceName} names no approving authority");
        var date = approvedDate ?? today;
        if (date < plan.SubmittedDate)
            violations.Add("approved_date", $"{date:yyyy-MM-dd} is before the plan was submitted ({plan.SubmittedDate:yyyy-MM-dd})");
        if (reference?.Length > PlanRules.ReferenceLength)
            violations.Add("approval_reference", $"is longer than {PlanRules.ReferenceLength} characters");
        violations.ThrowIfAny();
        plan.State = PlanState.Approved;
        plan.ApprovingAuthorityId = authority;
        plan.ApprovedDate = date;
        plan.ApprovalReference = reference;
    }

    /// <summary>Submitted → returned for rework; the reason is required.</summary>
    public static void Return(this Plan plan, string? reason)
    {
        Demand(plan, "ReturnPlan", "PLAN_NOT_SUBMITTED");
        if (string.IsNullOrWhiteSpace(reason))
            throw new InvalidArgumentException("reason", "is required: say why the plan is returned");
        if (reason.Length > PlanRules.ReasonLength)
            throw new InvalidArgumentException("reason", $"is longer than {PlanRules.ReasonLength} characters");
        plan.State = PlanState.Returned;
        plan.ReturnReason = reason.Trim();
    }

    /// <summary>"submitted (PLAN_STATE_SUBMITTED)".</summary>
    public static string Describe(PlanState state) => $"{state.ToString().ToLowerInvariant()} (PLAN_STATE_{state.ToString().ToUpperInvariant()})";

    /// <summary>"; from submitted the allowed moves are ApprovePlan, ReturnPlan", or that none is.</summary>
    public static string AllowedMovesSentence(PlanState state) =>
        AllowedMoves[state] is { Count: > 0 } moves
            ? $"; from {state.ToString().ToLowerInvariant()} the allowed moves are {string.Join(", ", moves)}"
            : $"; {state.ToString().ToLowerInvariant()} is final, no approval move is allowed";

    private static void Demand(Plan plan, string move, string reason)
    {
        plan.DemandNotWithdrawn();
        if (!AllowedMoves[plan.State].Contains(move))
            throw new FailedPreconditionException(reason, plan.ResourceName,
                $"{plan.ResourceName} is {Describe(plan.State)}: {move} is not allowed{AllowedMovesSentence(plan.State)}");
    }
}
