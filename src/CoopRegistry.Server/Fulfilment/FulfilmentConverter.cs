using CoopRegistry.Domain.Fulfilment;

namespace CoopRegistry.Server.Fulfilment;

/// <summary>
/// Contract → domain for fulfilment reports (the mapping back is FulfilmentMapping). A request's every bad field is reported at once
/// (INVALID_ARGUMENT naming e.g. "scope.period_end").
/// </summary>
public static class FulfilmentConverter
{
    private static readonly string[] SourceCollections =
        [RecordCollections.Agreements, RecordCollections.Plans, RecordCollections.Events, RecordCollections.Directives];

    /// <summary>GetFulfilmentReport's and ExportFulfilmentReport's scope, and the as-of instant (null: now); an as-of in the future is refused.</summary>
    /// <param name="violations">Where to collect the bad fields, with the request's others; when null, they are thrown here.</param>
    public static (FulfilmentScope Scope, DateTime? AsOf) ForReport(Contract.FulfilmentScope? scope, DateTime now, FieldViolations? violations = null)
    {
        var found = violations ?? new FieldViolations();
        scope ??= new Contract.FulfilmentScope();
        var home = found.Id(Province.Collection, scope.HomeProvince, "scope.home_province");
        var agency = found.Id(Agency.Collection, scope.Agency, "scope.agency");
        var partner = found.Id(Province.Collection, scope.PartnerProvince, "scope.partner_province");
        var (sourceCollection, sourceId) = Source(scope.Source, found);
        if (scope.HomeProvince.Length == 0 && scope.Agency.Length == 0 && scope.PartnerProvince.Length == 0 && scope.Source.Length == 0)
            found.Add("scope", "set at least one of home_province, agency, partner_province and source");
        var start = Day(scope.PeriodStart, "scope.period_start", found);
        var end = Day(scope.PeriodEnd, "scope.period_end", found);
        if (start is { } s && end is { } e && e < s)
            found.Add("scope.period_end", $"{e:yyyy-MM-dd} is before period_start {s:yyyy-MM-dd}");
        var asOf = scope.AsOf?.ToDateTime();
        if (asOf > now)
            found.Add("scope.as_of", "is in the future; a report is computed as of now or a past instant");
        if (violations is null)
            found.ThrowIfAny();
        return (new FulfilmentScope(home, agency, partner, sourceCollection, sourceId, start ?? default, end ?? default), asOf);
    }

    private static (string? Collection, string? Id) Source(string name, FieldViolations violations)
    {
        if (name.Length == 0)
            return (null, null);
        var collection = SourceCollections.FirstOrDefault(c => name.StartsWith(c + "/", StringComparison.Ordinal));
        return collection is null
            ? violations.Invalid<(string?, string?)>("scope.source", "is a name of the form {agreements|plans|events|directives}/{id}")
            : (collection, violations.Id(collection, name, "scope.source"));
    }

    /// <summary>A required date of the period.</summary>
    private static DateOnly? Day(Google.Type.Date? date, string field, FieldViolations violations) =>
        violations.Check<DateOnly?>(() => date.ToDateOnly(field) ?? throw new InvalidArgumentException(field, "is required"));
}
