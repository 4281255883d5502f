namespace CoopRegistry.Domain.Events;

/// <summary>
/// An investment-promotion event (contract <c>Event</c>; named so to stay clear of C#'s
/// <c>event</c>): a conference, working session, leaders' meeting, trade fair, business meeting
/// or delegation visit, who went, and what came out of it. Lifecycle: planned → held
/// (<see cref="MarkHeld"/>) or cancelled (<see cref="Cancel"/>). Outcomes (pledges, outcome
/// summary) belong to a held event; a cancelled event is closed: only its sources can change.
/// </summary>
public sealed partial class CooperationEvent : RegistryRecord
{
    public const string CollectionName = RecordCollections.Events;

    /// <summary>What Update may still change on a cancelled event: where the facts come from.</summary>
    public static readonly IReadOnlySet<string> CancelledEditable = new HashSet<string> { "sources" };

    public override string Collection => CollectionName;

    public EventKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public DateOnly StartDate { get; set; }
    /// <summary>Last day; null for a one-day event.</summary>
    public DateOnly? EndDate { get; set; }
    /// <summary>The dates are tentative ("dự kiến").</summary>
    public bool DatesTentative { get; set; }
    public string Place { get; set; } = "";
    [UpdatedBy("place_province")]
    public string? PlaceProvinceCode { get; set; }
    [UpdatedBy("organiser")]
    public string? OrganiserId { get; set; }
    public List<DelegationMember> Delegation { get; set; } = [];
    public CooperationLevel? Level { get; set; }
    [UpdatedBy("participating_provinces")]
    public List<string> ParticipatingProvinceCodes { get; set; } = [];
    [UpdatedBy("participating_agencies")]
    public List<string> ParticipatingAgencyIds { get; set; } = [];
    public List<string> ParticipatingEnterprises { get; set; } = [];
    public List<CooperationField> Fields { get; set; } = [];
    public EventState State { get; set; } = EventState.Planned;
    /// <summary>Agreements signed there (ids in the agreements collection).</summary>
    [UpdatedBy("agreements")]
    public List<string> AgreementIds { get; set; } = [];
    public List<InvestmentPledge> Pledges { get; set; } = [];
    public string OutcomeSummary { get; set; } = "";
    /// <summary>Directives that ordered or followed it (ids in the directives collection).</summary>
    [UpdatedBy("directives")]
    public List<string> DirectiveIds { get; set; } = [];
    public string? CancellationReason { get; set; }

    public override IEnumerable<RecordReference> References() =>
    [
        .. RecordReference.OptionalProvince("event.place_province", PlaceProvinceCode),
        .. RecordReference.OptionalAgency("event.organiser", OrganiserId),
        .. Delegation.SelectMany((member, i) => RecordReference.OptionalAgency($"event.delegation[{i}].agency", member.AgencyId)),
        .. RecordReference.EachProvince("event.participating_provinces", ParticipatingProvinceCodes),
        .. RecordReference.EachAgency("event.participating_agencies", ParticipatingAgencyIds),
        // Where an investment goes must exist, but does not make that province a party.
        .. Pledges.SelectMany((pledge, i) => RecordReference.OptionalProvince($"event.pledges[{i}].target_province", pledge.TargetProvinceCode, party: false)),
        .. RecordReference.Each("event.agreements", RecordCollections.Agreements, AgreementIds),
        .. RecordReference.Each("event.directives", RecordCollections.Directives, DirectiveIds),
    ];

    protected override IEnumerable<string?> SearchableText() =>
    [
        Title, Summary, Place, OutcomeSummary, CancellationReason,
        .. ParticipatingEnterprises,
        .. Delegation.SelectMany(m => new[] { m.Person, m.Title }),
        .. Pledges.SelectMany(p => new[] { p.Investor, p.Description }),
    ];

    /// <summary>
    /// Every rule the event's own fields must meet, each naming its request field under
    /// <paramref name="prefix"/>: a kind and title, a start date, the end on or after the start,
    /// at most one head of delegation, named delegation members, pledges with an investor and a
    /// positive amount, and no tentative dates once held.
    /// </summary>
    public IEnumerable<FieldViolation> Violations(string prefix = "event")
    {
        if (!Enum.IsDefined(Kind))
            yield return new FieldViolation($"{prefix}.kind", "is required: conference, working session, leaders' meeting, trade fair, business meeting or delegation visit");
        if (string.IsNullOrWhiteSpace(Title))
            yield return new FieldViolation($"{prefix}.title", "is required");
        if (StartDate == default)
            yield return new FieldViolation($"{prefix}.start_date", "is required (the first day; for a tentative month, its first day with dates_tentative)");
        else if (EndDate < StartDate)
            yield return new FieldViolation($"{prefix}.end_date", $"{EndDate:yyyy-MM-dd} is before start_date {StartDate:yyyy-MM-dd}");
        if (State == EventState.Held && DatesTentative)
            yield return new FieldViolation($"{prefix}.dates_tentative", "must be false for a held event: its dates are the actual ones");
        var heads = Delegation.Select((m, i) => (m, i)).Where(x => x.m.Head).ToList();
        foreach (var (_, i) in heads.Skip(1))
            yield return new FieldViolation($"{prefix}.delegation[{i}].head", $"delegation[{heads[0].i}] already heads the delegation; at most one head");
        for (var i = 0; i < Delegation.Count; i++)
            if (string.IsNullOrWhiteSpace(Delegation[i].Person))
                yield return new FieldViolation($"{prefix}.delegation[{i}].person", "is required");
        for (var i = 0; i < Pledges.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Pledges[i].Investor))
                yield return new FieldViolation($"{prefix}.pledges[{i}].investor", "is required");
            if (Pledges[i].Amount is <= 0)
                yield return new FieldViolation($"{prefix}.pledges[{i}].amount", "must be positive");
        }
    }

    /// <summary>INVALID_ARGUMENT with every violation of <see cref="Violations"/> and <paramref name="earlier"/> ones.</summary>
    public void Validate(IEnumerable<FieldViolation>? earlier = null, string prefix = "event")
    {
        // One violation per field: a date that could not be read is not also reported as missing.
        var all = (earlier ?? []).Concat(Violations(prefix)).DistinctBy(v => v.Field).ToList();
        if (all.Count > 0)
            throw new InvalidArgumentException(all);
    }

    /// <summary>
    /// Outcomes are what a held event produced: pledges and an outcome summary on a planned or
    /// cancelled event are refused (FAILED_PRECONDITION EVENT_NOT_HELD).
    /// </summary>
    public void DemandOutcomesOnlyWhenHeld()
    {
        if (State != EventState.Held && (Pledges.Count > 0 || !string.IsNullOrWhiteSpace(OutcomeSummary)))
            throw new FailedPreconditionException("EVENT_NOT_HELD", ResourceName,
                $"{ResourceName} is {Describe(State)}; pledges and an outcome summary are recorded once it is held (MarkEventHeld)");
    }

    /// <summary>
    /// Update may change <paramref name="paths"/>: not while withdrawn, and on a cancelled event
    /// only its sources (FAILED_PRECONDITION EVENT_CANCELLED).
    /// </summary>
    public void DemandEditable(IReadOnlyCollection<string> paths)
    {
        DemandNotWithdrawn();
        var closed = paths.Where(p => !CancelledEditable.Contains(p)).ToList();
        if (State == EventState.Cancelled && closed.Count > 0)
            throw new FailedPreconditionException("EVENT_CANCELLED", ResourceName,
                $"{ResourceName} is cancelled; only {string.Join(", ", CancelledEditable)} can change, not {string.Join(", ", closed)}");
    }

    /// <summary>planned → held, with the actual dates (not in the future) and, optionally, what came out of it.</summary>
    public void MarkHeld(DateOnly? startDate, DateOnly? endDate, string? outcomeSummary, DateOnly today)
    {
        DemandNotWithdrawn();
        DemandPlanned("marked held");
        var violations = new FieldViolations();
        if (startDate is not { } start)
            violations.Add("start_date", "is required: the first day it was actually held");
        else
        {
            if (start > today)
                violations.Add("start_date", $"{start:yyyy-MM-dd} is in the future; an event is marked held once it has taken place");
            if (endDate < start)
                violations.Add("end_date", $"{endDate:yyyy-MM-dd} is before start_date {start:yyyy-MM-dd}");
        }
        violations.ThrowIfAny();
        State = EventState.Held;
        StartDate = startDate!.Value;
        EndDate = endDate;
        DatesTentative = false;
        if (!string.IsNullOrWhiteSpace(outcomeSummary))
            OutcomeSummary = outcomeSummary.Trim();
    }

    /// <summary>planned → cancelled, with the reason (required).</summary>
    public void Cancel(string? reason)
    {
        DemandNotWithdrawn();
        DemandPlanned("cancelled");
        if (string.IsNullOrWhiteSpace(reason))
            throw new InvalidArgumentException("reason", "is required: say why the event is cancelled");
        State = EventState.Cancelled;
        CancellationReason = reason.Trim();
    }

    private void DemandPlanned(string move)
    {
        if (State != EventState.Planned)
            throw new FailedPreconditionException("EVENT_NOT_PLANNED", ResourceName,
                $"{ResourceName} is {Describe(State)}; only a planned event can be {move}");
    }

    private static string Describe(EventState state) => state switch
    {
        EventState.Planned => "planned",
        EventState.Held => "held",
        EventState.Cancelled => "cancelled",
        _ => state.ToString(),
    };
}
