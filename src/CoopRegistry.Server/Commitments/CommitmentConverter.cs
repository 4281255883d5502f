using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Deadlines;
using CoopRegistry.Domain.Directory;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Records;
using CoopRegistry.Server.Errors;
using CoopRegistry.Server.Protobuf;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Commitments;

/// <summary>
/// Contract ↔ domain for commitments and deadlines. Contract → domain collects every malformed
/// field and every rule violation and reports them at once (INVALID_ARGUMENT with a BadRequest
/// naming each, e.g. "commitment.lead_agency", "commitment.deadline.text"). A deadline given only
/// as `text` is read by <see cref="DeadlineParser"/>. The deadline facts that need the holiday
/// calendar (working days) are kept by the service with <see cref="CommitmentRules.Normalize"/>.
/// </summary>
public static class CommitmentConverter
{
    /// <summary>CreateCommitment: the new commitment (start date defaulting to <paramref name="today"/>) and its checked request id.</summary>
    public static (Commitment Commitment, Guid? RequestId) ToCreate(Contract.CreateCommitmentRequest request, Caller caller, DateOnly today)
    {
        var violations = new FieldViolations();
        var requestId = violations.Check(() => RequestIds.Parse(request.RequestId));
        var id = violations.Check(() => RecordIds.ChooseOrGenerate(request.CommitmentId, "commitment_id")) ?? "";
        if (request.Commitment is null)
            violations.Add("commitment", "is required");
        var source = request.Commitment ?? new Contract.Commitment();
        var commitment = Read(source, violations);
        commitment.Id = id;
        commitment.HomeProvinceCode = source.HomeProvince.Length > 0
            ? violations.Check(() => ResourceNames.ParseId(Province.Collection, source.HomeProvince, "commitment.home_province")) ?? ""
            : caller.ProvinceCode;
        if (commitment.StartDate == default)
            commitment.StartDate = today;
        violations.Throw(CommitmentRules.Validate(commitment));
        return (commitment, requestId);
    }

    /// <summary>UpdateCommitment: the id and the requested values of the fields in <paramref name="paths"/> (only those are checked here).</summary>
    public static (string Id, Commitment Changes) ToChanges(Contract.Commitment? commitment, IReadOnlySet<string> paths)
    {
        if (commitment is null)
            throw new InvalidArgumentException("commitment", "is required, with its name and the fields to change");
        var violations = new FieldViolations();
        var id = violations.Check(() => ResourceNames.ParseId(Commitment.CollectionName, commitment.Name, "commitment.name")) ?? "";
        var changes = Read(commitment, violations);
        violations.Throw(violations.All.Where(v => v.Field == "commitment.name" || paths.Contains(FieldViolations.TopField(v.Field, "commitment."))).ToList(), replace: true);
        return (id, changes);
    }

    /// <summary>
    /// A seed record in the protobuf JSON form of the contract: as <see cref="ToCreate"/>, but the
    /// name, home province and the output-only fields (state, completion, closing reason,
    /// statutory basis, percent complete) are taken as written. Seeds state their start date.
    /// </summary>
    public static Commitment FromSeed(Contract.Commitment seed)
    {
        var violations = new FieldViolations();
        var commitment = Read(seed, violations);
        commitment.Id = violations.Check(() => ResourceNames.ParseId(Commitment.CollectionName, seed.Name, "commitment.name")) ?? "";
        commitment.HomeProvinceCode = violations.Check(() => ResourceNames.ParseId(Province.Collection, seed.HomeProvince, "commitment.home_province")) ?? "";
        if (commitment.StartDate == default)
            violations.Add("commitment.start_date", "is required in a seed (the registry would otherwise date it by the day it was loaded)");
        commitment.StatutoryBasis = Optional(seed.StatutoryBasis);
        commitment.ClosingReason = Optional(seed.ClosingReason);
        commitment.PercentComplete = seed.PercentComplete;
        commitment.Lifecycle = seed.State switch
        {
            Contract.CommitmentState.Unspecified or Contract.CommitmentState.NotStarted or Contract.CommitmentState.InProgress
                or Contract.CommitmentState.Overdue => CommitmentLifecycleState.Open,
            Contract.CommitmentState.DoneOnTime or Contract.CommitmentState.DoneLate => CommitmentLifecycleState.Done,
            Contract.CommitmentState.Cancelled => CommitmentLifecycleState.Cancelled,
            Contract.CommitmentState.Waived => CommitmentLifecycleState.Waived,
            _ => Invalid(violations, "commitment.state", $"{seed.State} is not a commitment state"),
        };
        if (seed.Completion is { } completion)
        {
            commitment.CompletionState = (CompletionState)completion.State;
            if (!Enum.IsDefined(commitment.CompletionState))
                violations.Add("commitment.completion.state", $"{completion.State} is not a completion state");
            commitment.CompletedDate = violations.Check(() => completion.CompletedDate.ToDateOnly("commitment.completion.completed_date"));
            commitment.CompletionRequestTime = completion.RequestTime?.ToDateTime();
            commitment.CompletionNote = Optional(completion.Note);
            commitment.CompletionEvidence = [.. completion.Evidence];
            commitment.CompletionDecisionTime = completion.DecisionTime?.ToDateTime();
            commitment.CompletionDecidedBy = OptionalName(completion.DecidedBy, Agency.Collection, "commitment.completion.decided_by", violations);
            commitment.CompletionReturnReason = Optional(completion.ReturnReason);
        }
        if (commitment.Lifecycle == CommitmentLifecycleState.Done && commitment.CompletedDate is null)
            violations.Add("commitment.completion.completed_date", "is required for a done commitment: on time is judged by it");
        violations.Throw(CommitmentRules.Validate(commitment));
        try
        {
            CommitmentRules.Normalize(commitment, commitment.StartDate);
        }
        catch (FailedPreconditionException e)
        {
            throw new InvalidArgumentException("commitment.deadline", $"cannot be seeded: {e.Message}");
        }
        return commitment;
    }

    /// <summary>A contract deadline as the domain's, or null when none is set; violations are named under <paramref name="field"/>.</summary>
    public static Deadline? ToDeadline(Contract.Deadline? deadline, string field)
    {
        var violations = new FieldViolations();
        var result = ReadDeadline(deadline, field, violations);
        violations.Throw([]);
        return result;
    }

    /// <summary>
    /// The domain's deadline in the contract's form, with its canonical text, and, where the
    /// deadline has them, its last on-time day and the instant it becomes overdue.
    /// </summary>
    public static Contract.Deadline ToContract(Deadline deadline, DateOnly? lastDay, DateTime? overdueFrom)
    {
        var contract = Form(deadline);
        contract.LastDay = lastDay.ToProto();
        contract.OverdueTime = overdueFrom.ToProto();
        contract.Firm = deadline.IsFirm;
        return contract;
    }

    private static Contract.Deadline Form(Deadline deadline)
    {
        var contract = new Contract.Deadline { Text = deadline.Describe() };
        switch (deadline)
        {
            case Deadline.OnOrBefore d: contract.OnOrBefore = d.Date.ToProto(); break;
            case Deadline.Before d: contract.Before = d.Date.ToProto(); break;
            case Deadline.WithinMonth d: contract.WithinMonth = new Google.Type.Date { Year = d.Year, Month = d.Month, Day = 1 }; break;
            case Deadline.WithinQuarter d: contract.WithinQuarter = new Contract.QuarterDeadline { Year = d.Year, Quarter = d.Quarter }; break;
            case Deadline.Monthly d:
                contract.Monthly = new Contract.MonthlyDeadline
                {
                    Rule = d.Rule switch
                    {
                        MonthlyDay.Before => Contract.MonthlyRule.BeforeDay,
                        MonthlyDay.OnOrBefore => Contract.MonthlyRule.OnOrBeforeDay,
                        _ => Contract.MonthlyRule.NoFixedDay,
                    },
                    Day = d.Day,
                };
                break;
            case Deadline.Annual: contract.Annual = new Contract.AnnualDeadline(); break;
            case Deadline.Tentative d: contract.Tentative = new Contract.TentativeDeadline { Expected = Form(d.Expected) }; break;
            case Deadline.RightAfter d: contract.RightAfter = new Contract.RightAfterDeadline { Date = d.Date.ToProto(), Occasion = d.Occasion ?? "" }; break;
            case Deadline.WithinWorkingDays d:
                contract.WithinWorkingDays = new Contract.WorkingDaysDeadline { Days = d.Days, FromDate = d.From.ToProto(), Event = d.Event ?? "" };
                break;
            case Deadline.AfterEvent d: contract.AfterEvent = d.Event; break;
            case Deadline.Until d: contract.UntilEvent = d.Event; break;
            case Deadline.Ongoing: contract.Ongoing = new Contract.OngoingDeadline(); break;
        }
        return contract;
    }

    private static Commitment Read(Contract.Commitment source, FieldViolations violations)
    {
        var commitment = new Commitment
        {
            LeadAgencyId = source.LeadAgency.Length == 0 ? "" : violations.Check(() => ResourceNames.ParseId(Agency.Collection, source.LeadAgency, "commitment.lead_agency")) ?? "",
            CoordinatingAgencyIds = Names(source.CoordinatingAgencies, Agency.Collection, "commitment.coordinating_agencies", violations),
            ResponsiblePerson = Optional(source.ResponsiblePerson),
            Task = source.Task.Trim(),
            Description = Optional(source.Description),
            Deliverable = Optional(source.Deliverable),
            Deadline = ReadDeadline(source.Deadline, "commitment.deadline", violations),
            ApprovingAuthorityId = OptionalName(source.ApprovingAuthority, Agency.Collection, "commitment.approving_authority", violations),
            KeyTask = source.KeyTask,
            Tags = [.. source.Tags.Select(t => t.Trim())],
            PartnerProvinceCodes = Names(source.PartnerProvinces, Province.Collection, "commitment.partner_provinces", violations),
            StartDate = violations.Check(() => source.StartDate.ToDateOnly("commitment.start_date")) ?? default,
            EndDate = violations.Check(() => source.EndDate.ToDateOnly("commitment.end_date")),
            Sources = source.Sources.Select((s, i) => Source(s, $"commitment.sources[{i}]", violations)).ToList(),
        };
        if (source.Source is { } from)
        {
            (commitment.SourceCollection, commitment.SourceId) = SourceRecord(from.Record, violations);
            commitment.SourceSection = Optional(from.Section);
        }
        switch (source.CommittingParty?.PartyCase)
        {
            case Contract.CommittingParty.PartyOneofCase.Province:
                commitment.CommittingProvinceCode = violations.Check(() => ResourceNames.ParseId(Province.Collection, source.CommittingParty.Province, "commitment.committing_party.province"));
                break;
            case Contract.CommittingParty.PartyOneofCase.Agency:
                commitment.CommittingAgencyId = violations.Check(() => ResourceNames.ParseId(Agency.Collection, source.CommittingParty.Agency, "commitment.committing_party.agency"));
                break;
            case Contract.CommittingParty.PartyOneofCase.Enterprise:
                commitment.CommittingEnterprise = Optional(source.CommittingParty.Enterprise);
                if (commitment.CommittingEnterprise is null)
                    violations.Add("commitment.committing_party.enterprise", "names the enterprise as written");
                break;
        }
        return commitment;
    }

    private static (string Collection, string Id) SourceRecord(string name, FieldViolations violations)
    {
        if (name.Length == 0)
            return ("", "");
        var slash = name.IndexOf('/');
        var collection = slash > 0 ? name[..slash] : "";
        if (!CommitmentRules.SourceCollections.Contains(collection))
        {
            violations.Add("commitment.source.record", $"'{name}' is not the name of an agreement, plan, event or directive (e.g. \"directives/{{id}}\")");
            return ("", "");
        }
        return (collection, violations.Check(() => ResourceNames.ParseId(collection, name, "commitment.source.record")) ?? "");
    }

    private static Deadline? ReadDeadline(Contract.Deadline? deadline, string field, FieldViolations violations)
    {
        if (deadline is null)
            return null;
        try
        {
            return deadline.FormCase switch
            {
                Contract.Deadline.FormOneofCase.None when deadline.Text.Trim().Length == 0 => new Deadline.Ongoing(),
                Contract.Deadline.FormOneofCase.None => Parse(deadline.Text, $"{field}.text", violations),
                Contract.Deadline.FormOneofCase.OnOrBefore => Date(deadline.OnOrBefore, $"{field}.on_or_before", violations) is { } d ? new Deadline.OnOrBefore(d) : null,
                Contract.Deadline.FormOneofCase.Before => Date(deadline.Before, $"{field}.before", violations) is { } d ? new Deadline.Before(d) : null,
                Contract.Deadline.FormOneofCase.WithinMonth => Month(deadline.WithinMonth, $"{field}.within_month", violations),
                Contract.Deadline.FormOneofCase.WithinQuarter => deadline.WithinQuarter.Quarter is >= 1 and <= 4 && deadline.WithinQuarter.Year is >= 1900 and <= 2200
                    ? new Deadline.WithinQuarter(deadline.WithinQuarter.Year, deadline.WithinQuarter.Quarter)
                    : Invalid<Deadline>(violations, $"{field}.within_quarter", "needs a year (1900-2200) and a quarter 1-4"),
                Contract.Deadline.FormOneofCase.Monthly => Monthly(deadline.Monthly, $"{field}.monthly", violations),
                Contract.Deadline.FormOneofCase.Tentative => Tentative(deadline.Tentative, $"{field}.tentative.expected", violations),
                Contract.Deadline.FormOneofCase.RightAfter => Date(deadline.RightAfter.Date, $"{field}.right_after.date", violations) is { } d
                    ? new Deadline.RightAfter(d, Optional(deadline.RightAfter.Occasion))
                    : Invalid<Deadline>(violations, $"{field}.right_after.date", "is required"),
                Contract.Deadline.FormOneofCase.WithinWorkingDays => WorkingDays(deadline.WithinWorkingDays, $"{field}.within_working_days", violations),
                Contract.Deadline.FormOneofCase.AfterEvent => Optional(deadline.AfterEvent) is { } e
                    ? new Deadline.AfterEvent(e)
                    : Invalid<Deadline>(violations, $"{field}.after_event", "names the event"),
                Contract.Deadline.FormOneofCase.Ongoing => new Deadline.Ongoing(),
                Contract.Deadline.FormOneofCase.Annual => new Deadline.Annual(),
                Contract.Deadline.FormOneofCase.UntilEvent => Optional(deadline.UntilEvent) is { } until
                    ? new Deadline.Until(until)
                    : Invalid<Deadline>(violations, $"{field}.until_event", "names the event"),
                _ => Invalid<Deadline>(violations, field, "has an unknown form"),
            };
        }
        catch (ArgumentOutOfRangeException e)
        {
            violations.Add(field, $"is out of range ({e.ParamName})");
            return null;
        }
    }

    private static Deadline? Parse(string text, string field, FieldViolations violations)
    {
        try
        {
            return DeadlineParser.Parse(text);
        }
        catch (InvalidArgumentException e)
        {
            foreach (var violation in e.Violations)
                violations.Add(field, violation.Description);
            return null;
        }
    }

    private static Deadline? Month(Google.Type.Date date, string field, FieldViolations violations) =>
        date.Year is >= 1900 and <= 2200 && date.Month is >= 1 and <= 12
            ? new Deadline.WithinMonth(date.Year, date.Month)
            : Invalid<Deadline>(violations, field, "needs a year (1900-2200) and a month 1-12");

    private static Deadline? Monthly(Contract.MonthlyDeadline monthly, string field, FieldViolations violations) => monthly.Rule switch
    {
        Contract.MonthlyRule.NoFixedDay when monthly.Day == 0 => new Deadline.Monthly(MonthlyDay.None),
        Contract.MonthlyRule.NoFixedDay => Invalid<Deadline>(violations, $"{field}.day", "is 0 with MONTHLY_RULE_NO_FIXED_DAY"),
        Contract.MonthlyRule.OnOrBeforeDay when monthly.Day is >= 1 and <= 31 => new Deadline.Monthly(MonthlyDay.OnOrBefore, monthly.Day),
        Contract.MonthlyRule.BeforeDay when monthly.Day is >= 2 and <= 31 => new Deadline.Monthly(MonthlyDay.Before, monthly.Day),
        Contract.MonthlyRule.OnOrBeforeDay or Contract.MonthlyRule.BeforeDay => Invalid<Deadline>(violations, $"{field}.day", "is a day of the month: 1-31 (2-31 for \"before\")"),
        _ => Invalid<Deadline>(violations, $"{field}.rule", "is required"),
    };

    private static Deadline? Tentative(Contract.TentativeDeadline tentative, string field, FieldViolations violations)
    {
        if (tentative.Expected is null)
            return Invalid<Deadline>(violations, field, "is required: the expected deadline");
        var expected = ReadDeadline(tentative.Expected, field, violations);
        return expected switch
        {
            null => null,
            Deadline.Tentative => Invalid<Deadline>(violations, field, "is itself tentative"),
            _ => new Deadline.Tentative(expected),
        };
    }

    private static Deadline? WorkingDays(Contract.WorkingDaysDeadline working, string field, FieldViolations violations)
    {
        var from = Date(working.FromDate, $"{field}.from_date", violations);
        if (working.Days is < 1 or > 366)
            return Invalid<Deadline>(violations, $"{field}.days", "is a number of working days, 1-366");
        if (from is null && Optional(working.Event) is null)
            return Invalid<Deadline>(violations, $"{field}.event", "names the event counted from while from_date is not known");
        return new Deadline.WithinWorkingDays(working.Days, from, Optional(working.Event));
    }

    private static DateOnly? Date(Google.Type.Date? date, string field, FieldViolations violations) => violations.Check(() => date.ToDateOnly(field));

    private static T? Invalid<T>(FieldViolations violations, string field, string description)
    {
        violations.Add(field, description);
        return default;
    }

    private static CommitmentLifecycleState Invalid(FieldViolations violations, string field, string description)
    {
        violations.Add(field, description);
        return CommitmentLifecycleState.Open;
    }

    private static SourceReference Source(Contract.SourceReference source, string field, FieldViolations violations)
    {
        if (string.IsNullOrWhiteSpace(source.Document))
            violations.Add($"{field}.document", "is required");
        return new SourceReference(source.Document.Trim(), source.Section.Trim(), SourceKinds.Read(source.Kind, $"{field}.kind"));
    }

    private static List<string> Names(IEnumerable<string> names, string collection, string field, FieldViolations violations) =>
        names.Select((name, i) => violations.Check(() => ResourceNames.ParseId(collection, name, $"{field}[{i}]"))).OfType<string>().ToList();

    private static string? OptionalName(string name, string collection, string field, FieldViolations violations) =>
        name.Length == 0 ? null : violations.Check(() => ResourceNames.ParseId(collection, name, field));

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
