using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Domain.Access;

/// <summary>
/// Who may move a commitment through its lifecycle, beside <see cref="RecordAccess"/> (which still
/// decides who sees it: invisible is NOT_FOUND, checked first by the service). Writing needs the
/// report or the manage scope (auditors and read-only clients write nothing):
/// <list type="bullet">
/// <item>ReportProgress: the lead agency or a coordinating agency.</item>
/// <item>RequestCompletion: the lead agency.</item>
/// <item>Accept/ReturnCompletion and Waive: the approving authority's agency, or a home-province
/// client with manage scope (the focal point deciding for a central body that has no client) —
/// never the lead agency itself, which does not judge its own work.</item>
/// <item>Create, Update, Cancel: manage scope in the home province (<see cref="RecordAccess.DemandManage"/>).</item>
/// </list>
/// A caller that may see the commitment but not make the move gets PERMISSION_DENIED.
/// </summary>
public static class CommitmentAccess
{
    public static bool CanWrite(Caller caller) => caller.Has(Scopes.Report) || caller.Has(Scopes.Manage);

    public static bool CanReport(Caller caller, Commitment commitment) =>
        CanWrite(caller)
        && (caller.AgencyId == commitment.LeadAgencyId || commitment.CoordinatingAgencyIds.Contains(caller.AgencyId));

    public static bool CanRequestCompletion(Caller caller, Commitment commitment) =>
        CanWrite(caller) && caller.AgencyId == commitment.LeadAgencyId;

    /// <summary>Accept or return a completion, or waive.</summary>
    public static bool CanDecide(Caller caller, Commitment commitment) =>
        CanWrite(caller)
        && caller.AgencyId != commitment.LeadAgencyId
        && (caller.AgencyId == commitment.ApprovingAuthorityId
            || (caller.Has(Scopes.Manage) && caller.ProvinceCode == commitment.HomeProvinceCode));

    public static bool CanCancel(Caller caller, Commitment commitment) =>
        caller.Has(Scopes.Manage) && caller.ProvinceCode == commitment.HomeProvinceCode;

    public static void DemandReport(Caller caller, Commitment commitment)
    {
        if (!CanReport(caller, commitment))
            throw Denied(caller, commitment, "report progress", "only the lead agency or a coordinating agency, with registry.report or registry.manage, reports");
    }

    public static void DemandRequestCompletion(Caller caller, Commitment commitment)
    {
        if (!CanRequestCompletion(caller, commitment))
            throw Denied(caller, commitment, "ask for completion", $"only the lead agency agencies/{commitment.LeadAgencyId}, with registry.report or registry.manage, asks");
    }

    /// <param name="move">"accept the completion", "return the completion", "waive it".</param>
    public static void DemandDecide(Caller caller, Commitment commitment, string move)
    {
        if (!CanDecide(caller, commitment))
            throw Denied(caller, commitment, move, caller.AgencyId == commitment.LeadAgencyId && CanWrite(caller)
                ? "the lead agency does not decide on its own commitment"
                : "only the approving authority, or a home-province agency with registry.manage, decides");
    }

    public static void DemandCancel(Caller caller, Commitment commitment) => RecordAccess.DemandManage(caller, commitment);

    private static PermissionDeniedException Denied(Caller caller, Commitment commitment, string move, string rule) =>
        new($"client {caller.ClientId} (agencies/{caller.AgencyId}) may not {move} on {commitment.ResourceName}: {rule}");
}
