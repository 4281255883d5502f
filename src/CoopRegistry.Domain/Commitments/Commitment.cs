namespace CoopRegistry.Domain.Commitments;

/// <summary>
/// An obligation with an owner: who owes what, by when, and whether it was done. This file holds
/// its shape; validation, edits, the lifecycle (progress, completion, cancel, waive) and the
/// computed state live in the other files of this folder.
/// </summary>
public sealed partial class Commitment : RegistryRecord, ILedRecord
{
    public const string CollectionName = RecordCollections.Commitments;

    public override string Collection => CollectionName;

    /// <summary>The source record's collection ("agreements", "plans", "events", "directives").</summary>
    [UpdatedBy("source")]
    public string SourceCollection { get; set; } = "";
    [UpdatedBy("source")]
    public string SourceId { get; set; } = "";
    [UpdatedBy("source")]
    public string? SourceSection { get; set; }

    /// <summary>Who commits: exactly one of a province, an agency or an enterprise (by name).</summary>
    [UpdatedBy("committing_party")]
    public string? CommittingProvinceCode { get; set; }
    [UpdatedBy("committing_party")]
    public string? CommittingAgencyId { get; set; }
    [UpdatedBy("committing_party")]
    public string? CommittingEnterprise { get; set; }

    /// <summary>Exactly one focal point (chủ trì).</summary>
    [UpdatedBy("lead_agency")]
    public string LeadAgencyId { get; set; } = "";
    [UpdatedBy("coordinating_agencies")]
    public List<string> CoordinatingAgencyIds { get; set; } = [];

    /// <summary>The lead and the coordinating agencies together (for the `agencies` filter).</summary>
    public List<string> AgencyIds { get; set; } = [];

    public string? ResponsiblePerson { get; set; }
    public string Task { get; set; } = "";
    public string? Description { get; set; }
    public string? Deliverable { get; set; }

    /// <summary>Null when the source states none ("6 rõ": time missing); <see cref="Deadline.Ongoing"/> for a standing duty.</summary>
    public Deadline? Deadline { get; set; }

    /// <summary>The deadline's last on-time local day, kept from <see cref="Deadline"/> for queries.</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>The instant a firm deadline becomes overdue (00:00 local after <see cref="DueDate"/>); null when never.</summary>
    public DateTime? OverdueFrom { get; set; }

    /// <summary>True for monthly deadlines: judged per occurrence.</summary>
    public bool Recurring { get; set; }

    [UpdatedBy("approving_authority")]
    public string? ApprovingAuthorityId { get; set; }
    public bool KeyTask { get; set; }
    public List<string> Tags { get; set; } = [];
    [UpdatedBy("partner_provinces")]
    public List<string> PartnerProvinceCodes { get; set; } = [];
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>The stored part of the state; overdue is computed at read time, never stored.</summary>
    public CommitmentLifecycleState Lifecycle { get; set; } = CommitmentLifecycleState.Open;

    public int PercentComplete { get; set; }
    public DateTime? LastReportTime { get; set; }
    public int ReportCount { get; set; }

    public CompletionState CompletionState { get; set; }
    public DateOnly? CompletedDate { get; set; }
    public DateTime? CompletionRequestTime { get; set; }
    public string? CompletionNote { get; set; }
    public List<string> CompletionEvidence { get; set; } = [];
    public DateTime? CompletionDecisionTime { get; set; }
    public string? CompletionDecidedBy { get; set; }
    /// <summary>The person who accepted or returned the completion (their user name); null when a system did.</summary>
    public string? CompletionDecidedByPerson { get; set; }
    public string? CompletionReturnReason { get; set; }

    /// <summary>Why it was cancelled or waived.</summary>
    public string? ClosingReason { get; set; }
    public DateTime? ClosedTime { get; set; }

    /// <summary>Set when the registry created it by itself under a law.</summary>
    public string? StatutoryBasis { get; set; }

    /// <summary>The missing "6 rõ" elements, kept on every write for the `incomplete` filter.</summary>
    public List<SixClearsElement> MissingElements { get; set; } = [];

    public override IEnumerable<RecordReference> References() =>
    [
        new RecordReference("commitment.source.record", SourceCollection, SourceId),
        RecordReference.Agency("commitment.lead_agency", LeadAgencyId),
        .. RecordReference.EachAgency("commitment.coordinating_agencies", CoordinatingAgencyIds),
        .. RecordReference.EachProvince("commitment.partner_provinces", PartnerProvinceCodes),
        .. RecordReference.OptionalProvince("commitment.committing_party.province", CommittingProvinceCode),
        .. RecordReference.OptionalAgency("commitment.committing_party.agency", CommittingAgencyId),
        .. RecordReference.OptionalAgency("commitment.approving_authority", ApprovingAuthorityId),
    ];

    protected override IEnumerable<string?> SearchableText() =>
        [Task, Description, Deliverable, ResponsiblePerson, CommittingEnterprise, SourceSection, .. Tags];
}
