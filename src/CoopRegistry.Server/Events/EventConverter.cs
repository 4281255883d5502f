using CoopRegistry.Domain.Events;

namespace CoopRegistry.Server.Events;

/// <summary>
/// Contract <c>Event</c> → domain <see cref="CooperationEvent"/>, for Create, Update (the masked
/// fields only) and the seed loader. Every bad field is collected and reported at once as
/// INVALID_ARGUMENT with BadRequest field violations named as in the request
/// (<c>event.pledges[1].amount.currency_code</c>).
/// </summary>
public static class EventConverter
{
    private const string Prefix = "event.";

    /// <summary>CreateEvent: the new planned event (output-only fields ignored, home province defaulting to the caller's) and its request id.</summary>
    public static (CooperationEvent Event, Guid? RequestId) ForCreate(Contract.CreateEventRequest request, Caller caller)
    {
        var violations = new FieldViolations();
        var (requestId, id) = violations.CreateIds(request.RequestId, request.EventId, "event_id", caller.ProvinceCode);
        return (New(request.Event ?? new Contract.Event(), id, caller.ProvinceCode, violations), requestId);
    }

    /// <summary>UpdateEvent: the event's id and the requested values of the fields in <paramref name="paths"/> (only those are read).</summary>
    public static (string Id, CooperationEvent Changes) ForUpdate(Contract.Event? source, IReadOnlySet<string> paths) =>
        RequestFields.ForUpdate<Contract.Event, CooperationEvent>(source, "event", CooperationEvent.CollectionName, e => e.Name, paths, Read);

    /// <summary>
    /// For the seed loader only: like <see cref="ForCreate"/>, but also honours the output-only
    /// <c>name</c>, <c>state</c> and <c>cancellation_reason</c> the seed file states.
    /// </summary>
    public static CooperationEvent FromSeed(Contract.Event source)
    {
        var id = ResourceNames.ParseId(CooperationEvent.CollectionName, source.Name, Prefix + "name");
        var record = New(source, id, defaultHomeProvince: "", new FieldViolations());
        if (source.State != Contract.EventState.Unspecified)
            record.State = (EventState)(int)source.State;
        record.CancellationReason = string.IsNullOrEmpty(source.CancellationReason) ? null : source.CancellationReason;
        record.Validate();
        return record;
    }

    private static CooperationEvent New(Contract.Event source, string id, string defaultHomeProvince, FieldViolations violations)
    {
        var record = new CooperationEvent
        {
            Id = id,
            HomeProvinceCode = violations.Id(Province.Collection, source.HomeProvince, Prefix + "home_province") ?? defaultHomeProvince,
        };
        Read(source, record, CooperationEvent.UpdatableFields.ToHashSet(), violations);
        record.Validate(violations.All);
        return record;
    }

    /// <summary>Reads the fields named in <paramref name="paths"/> into <paramref name="target"/>, collecting bad ones.</summary>
    private static void Read(Contract.Event source, CooperationEvent target, IReadOnlySet<string> paths, FieldViolations violations)
    {
        // In the contract's order, so violations are reported in it.
        foreach (var path in CooperationEvent.UpdatableFields.Where(paths.Contains))
            switch (path)
            {
                case "kind": target.Kind = (EventKind)(int)source.Kind; break;
                case "title": target.Title = source.Title.Trim(); break;
                case "summary": target.Summary = source.Summary.Trim(); break;
                case "start_date": target.StartDate = violations.Date(source.StartDate, Prefix + "start_date") ?? default; break;
                case "end_date": target.EndDate = violations.Date(source.EndDate, Prefix + "end_date"); break;
                case "dates_tentative": target.DatesTentative = source.DatesTentative; break;
                case "place": target.Place = source.Place.Trim(); break;
                case "place_province": target.PlaceProvinceCode = violations.Id(Province.Collection, source.PlaceProvince, Prefix + "place_province"); break;
                case "organiser": target.OrganiserId = violations.Id(Agency.Collection, source.Organiser, Prefix + "organiser"); break;
                case "delegation": target.Delegation = [.. source.Delegation.Select((m, i) => Member(m, $"{Prefix}delegation[{i}]", violations))]; break;
                case "level": target.Level = Level(source.Level, Prefix + "level", violations); break;
                case "participating_provinces": target.ParticipatingProvinceCodes = Ids(Province.Collection, source.ParticipatingProvinces, "participating_provinces", violations); break;
                case "participating_agencies": target.ParticipatingAgencyIds = Ids(Agency.Collection, source.ParticipatingAgencies, "participating_agencies", violations); break;
                case "participating_enterprises": target.ParticipatingEnterprises = [.. source.ParticipatingEnterprises.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct()]; break;
                case "fields": target.Fields = [.. violations.Fields(source.Fields, Prefix + "fields").Distinct()]; break;
                case "agreements": target.AgreementIds = Ids(RecordCollections.Agreements, source.Agreements, "agreements", violations); break;
                case "pledges": target.Pledges = [.. source.Pledges.Select((p, i) => Pledge(p, $"{Prefix}pledges[{i}]", violations))]; break;
                case "outcome_summary": target.OutcomeSummary = source.OutcomeSummary.Trim(); break;
                case "directives": target.DirectiveIds = Ids(RecordCollections.Directives, source.Directives, "directives", violations); break;
                case "sources": target.Sources = violations.Sources(source.Sources, Prefix + "sources"); break;
                default: throw new InvalidOperationException($"no conversion for event field {path}");
            }
    }

    private static DelegationMember Member(Contract.DelegationMember member, string field, FieldViolations violations) =>
        new(member.Person.Trim(), member.Title.Trim(), violations.Id(Agency.Collection, member.Agency, $"{field}.agency"), member.Head);

    private static InvestmentPledge Pledge(Contract.InvestmentPledge pledge, string field, FieldViolations violations)
    {
        var amount = violations.Check(() => pledge.Amount.ToAmount($"{field}.amount"));
        return new InvestmentPledge(
            pledge.Investor.Trim(),
            violations.Field(pledge.Sector, $"{field}.sector", required: false),
            pledge.Description.Trim(),
            amount?.Amount,
            amount?.Currency,
            violations.Id(Province.Collection, pledge.TargetProvince, $"{field}.target_province"));
    }

    private static CooperationLevel? Level(Contract.CooperationLevel level, string field, FieldViolations violations) =>
        level == Contract.CooperationLevel.Unspecified ? null
        : Enum.IsDefined((CooperationLevel)(int)level) ? (CooperationLevel)(int)level
        : violations.Invalid<CooperationLevel?>(field, $"{(int)level} is not a cooperation level");

    private static List<string> Ids(string collection, IEnumerable<string> names, string field, FieldViolations violations) =>
        [.. violations.Ids(collection, names, Prefix + field).Distinct()];
}
