using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Web.Records;

/// <summary>What can be done to a commitment.</summary>
public enum CommitmentAction
{
    ReportProgress,
    RequestCompletion,
    AcceptCompletion,
    ReturnCompletion,
    Cancel,
    Waive,
}

/// <summary>
/// Which actions the detail page offers: the lead or a coordinating agency reports progress, the lead
/// asks for completion, a manager of the home province accepts or returns it, cancels or waives. Closed
/// commitments take nothing. The registry still decides each call.
/// </summary>
public static class CommitmentActions
{
    public static IReadOnlyList<CommitmentAction> Offered(Commitment commitment, PersonRights rights)
    {
        if (commitment.State is CommitmentState.DoneOnTime or CommitmentState.DoneLate or CommitmentState.Cancelled or CommitmentState.Waived)
            return [];
        var offered = new List<CommitmentAction>();
        var isLead = commitment.LeadAgency == rights.Agency;
        var takesPart = isLead || commitment.CoordinatingAgencies.Contains(rights.Agency);
        var requested = commitment.Completion?.State == CompletionState.Requested;
        if (rights.CanReport && takesPart)
            offered.Add(CommitmentAction.ReportProgress);
        if (rights.CanReport && isLead && !requested)
            offered.Add(CommitmentAction.RequestCompletion);
        if (rights.CanManage && rights.IsHomeOf(commitment.HomeProvince))
        {
            if (requested)
                offered.AddRange([CommitmentAction.AcceptCompletion, CommitmentAction.ReturnCompletion]);
            offered.AddRange([CommitmentAction.Cancel, CommitmentAction.Waive]);
        }
        return offered;
    }
}
