using CoopRegistry.Domain.Directory;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Fulfilment;
using CoopRegistry.Domain.Records;
using CoopRegistry.Server.Protobuf;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Fulfilment;

/// <summary>
/// Contract ↔ domain for fulfilment reports. A request's every bad field is reported at once
/// (INVALID_ARGUMENT naming e.g. "scope.period_end").
/// </summary>
public static class FulfilmentConverter
{
    private static readonly string[] SourceCollections =
        [RecordCollections.Agreements, RecordCollections.Plans, RecordCollections.Events, RecordCollections.Directives];

    /// <summary>The scope and the as-of instant (null: now); an as-of in the future is refused.</summary>
    public static (FulfilmentScope Scope, DateTime? AsOf) ToScope(Contract.FulfilmentScope? scope, DateTime now, List<FieldViolation>? violations = null)
    {
        var found = violations ?? [];
        scope ??= new Contract.FulfilmentScope();
        string? Name(string value, string collection, string field)
        {
            if (value.Length == 0)
                return null;
            try
            {
                return ResourceNames.ParseId(collection, value, field);
            }
            catch (InvalidArgumentException e)
            {
                found.AddRange(e.Violations);
                return null;
            }
        }
        DateOnly? Day(Google.Type.Date? date, string field)
        {
            if (date is null)
            {
                found.Add(new FieldViolation(field, "is required"));
                return null;
            }
            try
            {
                return date.ToDateOnly(field) ?? throw new InvalidArgumentException(field, "is required");
            }
            catch (InvalidArgumentException e)
            {
                found.AddRange(e.Violations);
                return null;
            }
        }

        var home = Name(scope.HomeProvince, Province.Collection, "scope.home_province");
        var agency = Name(scope.Agency, Agency.Collection, "scope.agency");
        var partner = Name(scope.PartnerProvince, Province.Collection, "scope.partner_province");
        string? sourceCollection = null, sourceId = null;
        if (scope.Source.Length > 0)
        {
            sourceCollection = SourceCollections.FirstOrDefault(c => scope.Source.StartsWith(c + "/", StringComparison.Ordinal));
            if (sourceCollection is null)
                found.Add(new FieldViolation("scope.source", $"is a name of the form {{agreements|plans|events|directives}}/{{id}}"));
            else
                sourceId = Name(scope.Source, sourceCollection, "scope.source");
        }
        if (scope.HomeProvince.Length == 0 && scope.Agency.Length == 0 && scope.PartnerProvince.Length == 0 && scope.Source.Length == 0)
            found.Add(new FieldViolation("scope", "set at least one of home_province, agency, partner_province and source"));
        var start = Day(scope.PeriodStart, "scope.period_start");
        var end = Day(scope.PeriodEnd, "scope.period_end");
        if (start is { } s && end is { } e2 && e2 < s)
            found.Add(new FieldViolation("scope.period_end", $"{e2:yyyy-MM-dd} is before period_start {s:yyyy-MM-dd}"));
        DateTime? asOf = null;
        if (scope.AsOf is { } given)
        {
            asOf = given.ToDateTime();
            if (asOf > now)
                found.Add(new FieldViolation("scope.as_of", "is in the future; a report is computed as of now or a past instant"));
        }
        if (violations is null && found.Count > 0)
            throw new InvalidArgumentException(found);
        return (new FulfilmentScope(home, agency, partner, sourceCollection, sourceId, start ?? default, end ?? default), asOf);
    }

    public static Contract.FulfilmentReport ToReport(FulfilmentResult result, Contract.FulfilmentScope? requested, IReadOnlyDictionary<string, string> agencyNames)
    {
        var scope = requested?.Clone() ?? new Contract.FulfilmentScope();
        scope.AsOf = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(result.AsOf);
        var report = new Contract.FulfilmentReport
        {
            Scope = scope,
            AsOf = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(result.AsOf),
            Total = Figures(result.Total),
            KeyTasks = Figures(result.KeyTasks),
        };
        foreach (var (agency, figures) in FulfilmentCalculator.OrderAgencies(result, agencyNames))
            report.ByLeadAgency.Add(new Contract.AgencyFulfilment { Agency = ResourceNames.Format(Agency.Collection, agency), Figures = Figures(figures) });
        foreach (var month in result.Recurring)
            report.Recurring.Add(new Contract.RecurringPeriod
            {
                Period = month.Period.ToProto(),
                Due = Figure(month.Due),
                Met = Figure(month.Met),
                MetLate = Figure(month.MetLate),
                Missed = Figure(month.Missed),
                Pending = Figure(month.Pending),
            });
        return report;
    }

    private static Contract.FulfilmentFigures Figures(FulfilmentFigures f) => new()
    {
        Total = Figure(f.Total),
        DoneOnTime = Figure(f[FulfilmentBucket.DoneOnTime]),
        DoneLate = Figure(f[FulfilmentBucket.DoneLate]),
        Overdue = Figure(f[FulfilmentBucket.Overdue]),
        NotYetDue = Figure(f[FulfilmentBucket.NotYetDue]),
        Open = Figure(f[FulfilmentBucket.Open]),
        Cancelled = Figure(f[FulfilmentBucket.Cancelled]),
        Waived = Figure(f[FulfilmentBucket.Waived]),
        OnTimeRate = f.OnTimeRate,
        DoneRate = f.DoneRate,
        OverdueRate = f.OverdueRate,
        DoneOfTotal = f.DoneOfTotal,
    };

    private static Contract.FulfilmentFigure Figure(FulfilmentFigure figure) => new() { Count = figure.Count, Commitments = { figure.Commitments } };
}
