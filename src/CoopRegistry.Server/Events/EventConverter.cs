using CoopRegistry.Domain.Directory;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Events;
using CoopRegistry.Domain.Records;
using CoopRegistry.Server.Protobuf;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Events;

/// <summary>
/// Contract <c>Event</c> → domain <see cref="CooperationEvent"/>, for Create, Update (the masked
/// fields only) and the seed loader. Every bad field is collected and reported at once as
/// INVALID_ARGUMENT with BadRequest field violations named as in the request
/// (<c>event.pledges[1].amount.currency_code</c>).
/// </summary>
public static class EventConverter
{
    /// <summary>The fields Update may change (contract names); state and cancellation_reason change only by lifecycle methods.</summary>
    public static readonly IReadOnlyList<string> Updatable =
    [
        "kind", "title", "summary", "start_date", "end_date", "dates_tentative", "place", "place_province",
        "organiser", "delegation", "level", "participating_provinces", "participating_agencies",
        "participating_enterprises", "fields", "agreements", "pledges", "outcome_summary", "directives", "sources",
    ];

    /// <summary>
    /// A new planned event from a Create request: output-only fields are ignored, the home province
    /// defaults to the caller's. Throws INVALID_ARGUMENT naming every bad field.
    /// </summary>
    public static CooperationEvent ToNewRecord(Contract.Event source, string id, string defaultHomeProvince, string prefix = "event")
    {
        var violations = new List<FieldViolation>();
        var record = new CooperationEvent
        {
            Id = id,
            HomeProvinceCode = string.IsNullOrEmpty(source.HomeProvince)
                ? defaultHomeProvince
                : Id(Province.Collection, source.HomeProvince, $"{prefix}.home_province", violations) ?? "",
        };
        Apply(source, record, Updatable.ToHashSet(), violations, prefix);
        record.Validate(violations, prefix);
        return record;
    }

    /// <summary>
    /// For the seed loader only: like <see cref="ToNewRecord"/>, but also honours the output-only
    /// <c>name</c>, <c>state</c> and <c>cancellation_reason</c> the seed file states.
    /// </summary>
    public static CooperationEvent FromSeed(Contract.Event source, string defaultHomeProvince)
    {
        var id = ResourceNames.ParseId(CooperationEvent.CollectionName, source.Name, "event.name");
        var record = ToNewRecord(source, id, defaultHomeProvince);
        if (source.State != Contract.EventState.Unspecified)
            record.State = (EventState)(int)source.State;
        record.CancellationReason = string.IsNullOrEmpty(source.CancellationReason) ? null : source.CancellationReason;
        record.Validate();
        return record;
    }

    /// <summary>Copies the fields named in <paramref name="paths"/> onto <paramref name="target"/>, collecting bad ones.</summary>
    public static void Apply(Contract.Event source, CooperationEvent target, IReadOnlySet<string> paths, List<FieldViolation> violations, string prefix = "event")
    {
        string F(string field) => $"{prefix}.{field}";

        if (paths.Contains("kind"))
            target.Kind = (EventKind)(int)source.Kind;
        if (paths.Contains("title"))
            target.Title = source.Title.Trim();
        if (paths.Contains("summary"))
            target.Summary = source.Summary.Trim();
        if (paths.Contains("start_date"))
            target.StartDate = Date(source.StartDate, F("start_date"), violations) ?? default;
        if (paths.Contains("end_date"))
            target.EndDate = Date(source.EndDate, F("end_date"), violations);
        if (paths.Contains("dates_tentative"))
            target.DatesTentative = source.DatesTentative;
        if (paths.Contains("place"))
            target.Place = source.Place.Trim();
        if (paths.Contains("place_province"))
            target.PlaceProvinceCode = OptionalId(Province.Collection, source.PlaceProvince, F("place_province"), violations);
        if (paths.Contains("organiser"))
            target.OrganiserId = OptionalId(Agency.Collection, source.Organiser, F("organiser"), violations);
        if (paths.Contains("delegation"))
            target.Delegation = source.Delegation.Select((m, i) => new DelegationMember(
                m.Person.Trim(), m.Title.Trim(), OptionalId(Agency.Collection, m.Agency, F($"delegation[{i}].agency"), violations), m.Head)).ToList();
        if (paths.Contains("level"))
            target.Level = Level(source.Level, F("level"), violations);
        if (paths.Contains("participating_provinces"))
            target.ParticipatingProvinceCodes = Ids(Province.Collection, source.ParticipatingProvinces, F("participating_provinces"), violations);
        if (paths.Contains("participating_agencies"))
            target.ParticipatingAgencyIds = Ids(Agency.Collection, source.ParticipatingAgencies, F("participating_agencies"), violations);
        if (paths.Contains("participating_enterprises"))
            target.ParticipatingEnterprises = source.ParticipatingEnterprises.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct().ToList();
        if (paths.Contains("fields"))
            target.Fields = source.Fields.Select((field, i) => Field(field, F($"fields[{i}]"), violations, required: true))
                .OfType<CooperationField>().Distinct().ToList();
        if (paths.Contains("agreements"))
            target.AgreementIds = Ids(RecordCollections.Agreements, source.Agreements, F("agreements"), violations);
        if (paths.Contains("pledges"))
            target.Pledges = source.Pledges.Select((p, i) => Pledge(p, F($"pledges[{i}]"), violations)).ToList();
        if (paths.Contains("outcome_summary"))
            target.OutcomeSummary = source.OutcomeSummary.Trim();
        if (paths.Contains("directives"))
            target.DirectiveIds = Ids(RecordCollections.Directives, source.Directives, F("directives"), violations);
        if (paths.Contains("sources"))
            target.Sources = source.Sources.Select((s, i) => new SourceReference(s.Document, s.Section, SourceKinds.Read(s.Kind, F($"sources[{i}].kind")))).ToList();
    }

    private static InvestmentPledge Pledge(Contract.InvestmentPledge pledge, string field, List<FieldViolation> violations)
    {
        var amount = Collect(() => pledge.Amount.ToAmount($"{field}.amount"), violations);
        return new InvestmentPledge(
            pledge.Investor.Trim(),
            Field(pledge.Sector, $"{field}.sector", violations, required: false),
            pledge.Description.Trim(),
            amount?.Amount,
            amount?.Currency,
            OptionalId(Province.Collection, pledge.TargetProvince, $"{field}.target_province", violations));
    }

    private static CooperationLevel? Level(Contract.CooperationLevel level, string field, List<FieldViolation> violations)
    {
        if (level == Contract.CooperationLevel.Unspecified)
            return null;
        if (Enum.IsDefined((CooperationLevel)(int)level))
            return (CooperationLevel)(int)level;
        violations.Add(new FieldViolation(field, $"{(int)level} is not a cooperation level"));
        return null;
    }

    private static CooperationField? Field(Contract.CooperationField value, string field, List<FieldViolation> violations, bool required)
    {
        if (value == Contract.CooperationField.Unspecified && !required)
            return null;
        if (value != Contract.CooperationField.Unspecified && Enum.IsDefined((CooperationField)(int)value))
            return (CooperationField)(int)value;
        violations.Add(new FieldViolation(field, $"{value} is not a field of cooperation"));
        return null;
    }

    private static DateOnly? Date(Google.Type.Date? date, string field, List<FieldViolation> violations) =>
        Collect(() => date.ToDateOnly(field), violations);

    private static List<string> Ids(string collection, IEnumerable<string> names, string field, List<FieldViolation> violations) =>
        names.Select((name, i) => Id(collection, name, $"{field}[{i}]", violations)).OfType<string>().Distinct().ToList();

    private static string? OptionalId(string collection, string name, string field, List<FieldViolation> violations) =>
        string.IsNullOrEmpty(name) ? null : Id(collection, name, field, violations);

    private static string? Id(string collection, string name, string field, List<FieldViolation> violations) =>
        Collect(() => ResourceNames.ParseId(collection, name, field), violations);

    /// <summary>Runs a conversion that throws INVALID_ARGUMENT, keeping its violations instead.</summary>
    private static T? Collect<T>(Func<T?> convert, List<FieldViolation> violations)
    {
        try
        {
            return convert();
        }
        catch (InvalidArgumentException e)
        {
            violations.AddRange(e.Violations);
            return default;
        }
    }
}
