namespace CoopRegistry.Domain.Commitments;

/// <summary>
/// What makes a commitment valid, each violation named by its request field
/// ("commitment.lead_agency"), and the facts kept on every write for queries: the agencies list,
/// the deadline's due date and overdue instant, recurring, the missing "6 rõ" elements.
/// </summary>
public static class CommitmentRules
{
    public const int TaskLength = 2000;
    public const int TextLength = 4000;
    public const int NameLength = 500;
    public const int SectionLength = 200;
    public const int TagLength = 100;

    /// <summary>The collections a commitment's source may be in.</summary>
    public static readonly IReadOnlyList<string> SourceCollections =
        [RecordCollections.Agreements, RecordCollections.Plans, RecordCollections.Events, RecordCollections.Directives];

    /// <summary>
    /// Fills what defaults and what is derived: the start date (<paramref name="today"/> when unset),
    /// the agencies (lead, then coordinators), the deadline facts and the missing elements.
    /// A working-day deadline needs <paramref name="calendar"/> (the home country's public holidays).
    /// </summary>
    public static void Normalize(Commitment commitment, DateOnly today, WorkingCalendar? calendar = null)
    {
        if (commitment.StartDate == default)
            commitment.StartDate = today;
        commitment.AgencyIds = ILedRecord.AgenciesOf(commitment);
        KeepDeadlineFacts(commitment, calendar);
        commitment.MissingElements = SixClears.Missing(commitment);
    }

    /// <summary>
    /// DueDate = the deadline's last on-time day; OverdueFrom = 00:00 Asia/Ho_Chi_Minh the day
    /// after it, for firm deadlines only; Recurring for monthly and yearly ones (judged per occurrence, so no OverdueFrom).
    /// </summary>
    public static void KeepDeadlineFacts(Commitment commitment, WorkingCalendar? calendar)
    {
        var deadline = commitment.Deadline;
        commitment.Recurring = deadline is Deadline.Recurring;
        commitment.DueDate = deadline?.LastDay(calendar);
        commitment.OverdueFrom = deadline is { IsFirm: true } && commitment.DueDate is { } due
            ? LocalDays.StartOf(due.AddDays(1), HomeTime.Zone).UtcDateTime
            : null;
    }

    /// <summary>True when the deadline (or the expected one of a tentative deadline) counts working days from a date.</summary>
    public static bool NeedsCalendar(Deadline? deadline) => deadline switch
    {
        Deadline.WithinWorkingDays { From: not null } => true,
        Deadline.Tentative tentative => NeedsCalendar(tentative.Expected),
        _ => false,
    };

    /// <summary>INVALID_ARGUMENT naming every violation at once.</summary>
    public static void Demand(Commitment commitment)
    {
        var violations = Validate(commitment);
        if (violations.Count > 0)
            throw new InvalidArgumentException(violations);
    }

    public static List<FieldViolation> Validate(Commitment commitment)
    {
        var violations = new FieldViolations();
        violations.Required(commitment.Task, TaskLength, "commitment.task", "is required: what is to be done, as the source writes it (\"6 rõ\": task)");
        violations.Length(commitment.Description, TextLength, "commitment.description");
        violations.Length(commitment.Deliverable, TextLength, "commitment.deliverable");
        violations.Length(commitment.ResponsiblePerson, NameLength, "commitment.responsible_person");
        violations.Length(commitment.CommittingEnterprise, NameLength, "commitment.committing_party.enterprise");
        violations.Length(commitment.SourceSection, SectionLength, "commitment.source.section");
        violations.Length(commitment.StatutoryBasis, NameLength, "commitment.statutory_basis");

        if (commitment.SourceId.Length == 0)
            violations.Add("commitment.source.record", "is required: the agreement, plan, event or directive the commitment comes from");
        else if (!SourceCollections.Contains(commitment.SourceCollection))
            violations.Add("commitment.source.record", $"{commitment.SourceCollection}/{commitment.SourceId} is not an agreement, plan, event or directive");

        if (commitment.LeadAgencyId.Length == 0)
            violations.Add("commitment.lead_agency", "is required: a commitment has exactly one lead agency (one focal point)");
        for (var i = 0; i < commitment.CoordinatingAgencyIds.Count; i++)
            if (commitment.LeadAgencyId.Length > 0 && commitment.CoordinatingAgencyIds[i] == commitment.LeadAgencyId)
                violations.Add($"commitment.coordinating_agencies[{i}]", $"agencies/{commitment.LeadAgencyId} is the lead agency; one focal point: the lead does not also coordinate");
        Unique(commitment.CoordinatingAgencyIds, "commitment.coordinating_agencies", "agencies/", violations);
        Unique(commitment.PartnerProvinceCodes, "commitment.partner_provinces", "provinces/", violations);

        var parties = new[] { commitment.CommittingProvinceCode, commitment.CommittingAgencyId, commitment.CommittingEnterprise }.Count(p => p is not null);
        if (parties > 1)
            violations.Add("commitment.committing_party", "names one party: a province, an agency or an enterprise");

        for (var i = 0; i < commitment.Tags.Count; i++)
            if (string.IsNullOrWhiteSpace(commitment.Tags[i]) || commitment.Tags[i].Length > TagLength)
                violations.Add($"commitment.tags[{i}]", $"must be 1-{TagLength} characters");
        Unique(commitment.Tags, "commitment.tags", "", violations);

        if (commitment.EndDate is { } end)
        {
            if (end < commitment.StartDate)
                violations.Add("commitment.end_date", $"{end:yyyy-MM-dd} is before start_date {commitment.StartDate:yyyy-MM-dd}");
            if (commitment.Deadline is not Deadline.Recurring)
                violations.Add("commitment.end_date", "is only for recurring (monthly, yearly) obligations; a one-off commitment ends with its deadline");
        }
        if (commitment.PercentComplete is < 0 or > 100)
            violations.Add("commitment.percent_complete", "is a percentage, 0-100");
        return violations.All;
    }

    private static void Unique(List<string> values, string field, string prefix, FieldViolations violations)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
            if (!seen.Add(values[i]))
                violations.Add($"{field}[{i}]", $"{prefix}{values[i]} is named twice");
    }
}
