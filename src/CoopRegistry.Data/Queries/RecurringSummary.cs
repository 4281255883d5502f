using CoopRegistry.Data.Configurations;
using CoopRegistry.Domain.Fulfilment;

namespace CoopRegistry.Data.Queries;

/// <summary>
/// The recurring months of a report now (<see cref="FulfilmentCalculator.RecurringMonths"/>) from
/// registry.fulfilment_recurring_cells, rule by rule. Open duties are kept as starts and ends (how
/// many are under way in a period) and the periods their reports cover; a period no report covers is
/// judged by the report's clock, as <see cref="Occurrences"/> does. Closed duties are kept as judged
/// when they closed. Null when a report or closing came after the report's instant. The cells are
/// kept by lead agency and summed over them (lead agency '', migration FulfilmentCellsOverAgencies), as
/// over partner provinces (''): a report without an agency reads the sums alone.
/// </summary>
internal static class RecurringSummary
{
    internal sealed record RecurringCell(string Rule, string Grain, DateOnly Period, short Kind, int Count, DateTime? Latest);

    // registry.fulfilment_recurring_contribution's kinds.
    private const short Start = 1, End = 2, Met = 3, MetLate = 4, ClosedMet = 5, ClosedMetLate = 6, ClosedMissed = 7, ClosedPending = 8;

    public static async Task<List<RecurringPeriod>?> MonthsAsync(RegistryDbContext db, FulfilmentScope scope, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var firstYear = new DateOnly(scope.PeriodStart.Year, 1, 1);
        var rows = await db.Database.SqlQueryRaw<RecurringCell>("""
            SELECT c.rule::text AS rule, c.grain::text AS grain, c.period, c.kind, sum(c.n)::int AS count, max(c.latest) AS latest
            FROM registry.fulfilment_recurring_cells c
            WHERE c.home_province_code = @home AND c.partner_province_code = @partner AND c.lead_agency_id = coalesce(@agency, '')
                AND ((c.grain = 'y' AND c.period < @first_year) OR (c.grain = 'p' AND c.period >= @first_year AND c.period <= @end))
            GROUP BY 1, 2, 3, 4
            UNION ALL
            SELECT rule::text, 'p', period, kind, sum(n)::int, max(latest)
            FROM registry.fulfilment_recurring_changes
            WHERE home_province_code = @home AND period <= @end
                AND (@partner = '' OR partner_province_codes @> ARRAY[@partner]) AND (@agency IS NULL OR lead_agency_id = @agency)
            GROUP BY 1, 2, 3, 4
            """,
            [
                .. FulfilmentSummary.ScopeParameters(scope),
                new NpgsqlParameter<DateOnly>("first_year", firstYear),
                new NpgsqlParameter<DateOnly>("end", scope.PeriodEnd),
            ]).ToListAsync(cancellationToken);
        if (rows.Any(r => r.Latest is { } latest && DateTime.SpecifyKind(latest, DateTimeKind.Utc) > at.UtcDateTime))
            return null;

        var months = scope.Months().Select(m => new RecurringPeriod(m)).ToDictionary(p => p.Period);
        foreach (var rule in rows.GroupBy(r => r.Rule))
        {
            if (DeadlineJson.Deserialize(rule.Key) is not Deadline.Recurring deadline)
                return null;
            Judge(deadline, [.. rule], scope, at, months);
        }
        return [.. months.Values.OrderBy(m => m.Period)];
    }

    /// <summary>Adds one rule's occurrences in the report's periods, up to the period of the report's instant, to their months.</summary>
    private static void Judge(Deadline.Recurring deadline, List<RecurringCell> rows, FulfilmentScope scope, DateTimeOffset at, Dictionary<DateOnly, RecurringPeriod> months)
    {
        var first = deadline.PeriodOf(scope.PeriodStart);
        var last = deadline.PeriodOf(scope.PeriodEnd);
        var now = deadline.PeriodOf(LocalDays.DayOf(at, HomeTime.Zone));
        var byPeriod = rows.Where(r => r.Period >= first).ToLookup(r => r.Period);
        // Open duties under way at the first period: every start before it less every end before it.
        var underWay = rows.Where(r => r.Period < first).Sum(r => r.Kind == Start ? r.Count : r.Kind == End ? -r.Count : 0);
        for (var period = first; period <= last && period <= now; period = deadline.NextPeriod(period))
        {
            var cells = byPeriod[period].GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
            int Of(short kind) => cells.GetValueOrDefault(kind);
            underWay += Of(Start) - Of(End);
            // Counted in the month it falls due: a monthly one in its own month, a yearly one in December.
            if (!months.TryGetValue(deadline is Deadline.Annual ? new DateOnly(period.Year, 12, 1) : period, out var month))
                continue;
            var uncovered = underWay - Of(Met) - Of(MetLate);
            var overdue = at >= deadline.OccurrenceOf(period, HomeTime.Zone).OverdueFrom;
            var (met, metLate, missed, pending) = (
                Of(Met) + Of(ClosedMet),
                Of(MetLate) + Of(ClosedMetLate),
                (overdue ? uncovered : 0) + Of(ClosedMissed),
                (overdue ? 0 : uncovered) + Of(ClosedPending));
            month.Due.Add(met + metLate + missed + pending);
            month.Met.Add(met);
            month.MetLate.Add(metLate);
            month.Missed.Add(missed);
            month.Pending.Add(pending);
        }
    }
}
