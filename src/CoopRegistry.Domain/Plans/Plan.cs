namespace CoopRegistry.Domain.Plans;

/// <summary>
/// A cooperation plan (kế hoạch): the agreements it implements, exactly one lead agency (one
/// focal point), coordinating agencies, period, approval and activities. Validation is in
/// <see cref="PlanRules"/>, the approval moves in <see cref="PlanApproval"/>.
/// </summary>
public sealed class Plan : RegistryRecord, ILedRecord
{
    public const string CollectionName = RecordCollections.Plans;

    /// <summary>Fields an Update may change (contract names, relative to the plan).</summary>
    public static readonly IReadOnlyList<string> UpdatableFields =
    [
        "title", "summary", "agreements", "directives", "lead_agency", "coordinating_agencies", "partner_provinces",
        "fields", "start_date", "end_date", "submission_due_date", "approving_authority", "activities", "sources",
    ];

    /// <summary>
    /// Fields that may still change once a plan is submitted or approved: where its facts come
    /// from is record-keeping, not the plan's substance. Everything else waits for a return.
    /// </summary>
    public static readonly IReadOnlySet<string> MetadataFields = new HashSet<string> { "sources" };

    private static readonly MaskedFields<Plan> Masked = new(UpdatableFields);

    public override string Collection => CollectionName;

    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    [UpdatedBy("agreements")]
    public List<string> AgreementIds { get; set; } = [];
    [UpdatedBy("directives")]
    public List<string> DirectiveIds { get; set; } = [];
    [UpdatedBy("lead_agency")]
    public string LeadAgencyId { get; set; } = "";
    [UpdatedBy("coordinating_agencies")]
    public List<string> CoordinatingAgencyIds { get; set; } = [];

    /// <summary>The lead and the coordinating agencies together (for the `agencies` filter); kept by <see cref="PlanRules.Normalize"/>.</summary>
    public List<string> AgencyIds { get; set; } = [];

    [UpdatedBy("partner_provinces")]
    public List<string> PartnerProvinceCodes { get; set; } = [];
    public List<CooperationField> Fields { get; set; } = [];
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>The date by which it must be submitted for approval (e.g. "to be submitted by 21/9/2025").</summary>
    public DateOnly? SubmissionDueDate { get; set; }

    public PlanState State { get; set; } = PlanState.Draft;
    [UpdatedBy("approving_authority")]
    public string? ApprovingAuthorityId { get; set; }
    public DateOnly? SubmittedDate { get; set; }
    public DateOnly? ApprovedDate { get; set; }
    public string? ApprovalReference { get; set; }

    /// <summary>Why it was last returned; kept after a resubmission as the history of the last return.</summary>
    public string? ReturnReason { get; set; }

    public List<PlanActivity> Activities { get; set; } = [];

    public override IEnumerable<RecordReference> References() =>
    [
        RecordReference.Agency("plan.lead_agency", LeadAgencyId),
        .. RecordReference.EachAgency("plan.coordinating_agencies", CoordinatingAgencyIds),
        .. RecordReference.EachProvince("plan.partner_provinces", PartnerProvinceCodes),
        .. RecordReference.Each("plan.agreements", RecordCollections.Agreements, AgreementIds),
        .. RecordReference.Each("plan.directives", RecordCollections.Directives, DirectiveIds),
        .. RecordReference.OptionalAgency("plan.approving_authority", ApprovingAuthorityId, party: false),
        .. Activities.SelectMany((activity, i) => activity.References($"plan.activities[{i}]")),
    ];

    protected override IEnumerable<string?> SearchableText() =>
        [Title, Summary, ApprovalReference, .. Activities.SelectMany(a => new[] { a.Title, a.Description })];

    /// <summary>
    /// Applies an edit: the fields named in <paramref name="paths"/> are copied from
    /// <paramref name="changes"/>, then the whole plan must still be valid. Only draft and returned
    /// plans are edited; a submitted or approved one accepts only <see cref="MetadataFields"/>.
    /// </summary>
    public void Edit(Plan changes, IReadOnlySet<string> paths)
    {
        DemandNotWithdrawn();
        var substantive = paths.Where(p => !MetadataFields.Contains(p)).Order(StringComparer.Ordinal).ToList();
        if (State is PlanState.Submitted or PlanState.Approved && substantive.Count > 0)
            throw new FailedPreconditionException("PLAN_NOT_EDITABLE", ResourceName,
                $"{ResourceName} is {PlanApproval.Describe(State)}: {string.Join(", ", substantive)} can change only while it is draft or returned "
                + $"(only {string.Join(", ", MetadataFields)} may change now){PlanApproval.AllowedMovesSentence(State)}");
        Masked.Copy(changes, this, paths);
        PlanRules.Normalize(this);
        PlanRules.Demand(this);
    }
}
