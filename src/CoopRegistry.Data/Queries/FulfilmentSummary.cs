using CoopRegistry.Domain.Fulfilment;

namespace CoopRegistry.Data.Queries;

/// <summary>
/// The fulfilment report now, from the counts the database keeps as commitments and progress reports
/// change (migration FulfilmentCells: cells by home province, partner province, lead agency and day,
/// month or year of the due date; recurring duties by period), so its cost follows the calendar, not
/// the number of commitments. It answers exactly what <see cref="FulfilmentQuery.ComputeFromRowsAsync"/>
/// answers, or null where it cannot: a caller who may not see every commitment of the scope, a
/// report as of a past instant, one naming its commitments, one over a source or no home province,
/// an open commitment overdue from an instant other than the day after its due date, a progress
/// report or closing after the report's instant.
/// </summary>
public static class FulfilmentSummary
{
    /// <summary>
    /// Whether the caller sees every commitment of the scope: an auditor, or an agency of its home
    /// province. Never for an agency id '', which names the cells summed over every lead agency.
    /// </summary>
    public static bool Serves(Caller caller, FulfilmentScope scope, DateTime? asOf, bool names) =>
        asOf is null && !names && scope.SourceId is null && scope.AgencyId != "" && scope.HomeProvinceCode is { } home
        && (caller.Has(Scopes.Audit) || caller.ProvinceCode == home);

    public static async Task<FulfilmentResult?> ComputeAsync(RegistryDbContext db, FulfilmentScope scope, DateTime at, CancellationToken cancellationToken)
    {
        var result = new FulfilmentResult(new DateTimeOffset(at));
        var today = LocalDays.DayOf(result.AsOf, HomeTime.Zone);
        var due = await DueCountsAsync(db, scope, today, cancellationToken);
        if (due is null)
            return null;
        foreach (var ((lead, keyTask, bucket), count) in due.OrderBy(d => d.Key.Lead, StringComparer.Ordinal))
            result.Add(lead, keyTask, bucket, count);
        var recurring = await RecurringSummary.MonthsAsync(db, scope, result.AsOf, cancellationToken);
        if (recurring is null)
            return null;
        result.Recurring.AddRange(recurring);
        return result;
    }

    // Read by column names in snake case, as the model maps every name.
    internal sealed record DueCell(string LeadAgencyId, bool KeyTask, short Class, int Tag, int Count);

    // Classes of registry.fulfilment_class beyond the buckets: open with a firm deadline, open overdue from another instant.
    private const short FirmOpen = 8, Irregular = 9;

    /// <summary>
    /// Counts by lead agency, key task and bucket of the dated commitments due in the period. Cells
    /// of tag 0 cover the period; the firm open ones count as overdue in the cells of tag 1 (due
    /// before the report's local day) and not yet due in those of tag 2.
    /// </summary>
    private static async Task<Dictionary<(string Lead, bool KeyTask, FulfilmentBucket Bucket), int>?> DueCountsAsync(
        RegistryDbContext db, FulfilmentScope scope, DateOnly today, CancellationToken cancellationToken)
    {
        var (start, end) = (scope.PeriodStart, scope.PeriodEnd);
        var overdueEnd = end < today ? end : today.AddDays(-1);
        var notYetDueStart = start > today ? start : today;
        var cells = DayCells.Of(start, end).Select(c => (c.Grain, c.Period, Tag: 0))
            .Concat(DayCells.Of(start, overdueEnd).Select(c => (c.Grain, c.Period, Tag: 1)))
            .Concat(DayCells.Of(notYetDueStart, end).Select(c => (c.Grain, c.Period, Tag: 2)))
            .ToList();
        var rows = await db.Database.SqlQueryRaw<DueCell>("""
            SELECT c.lead_agency_id, c.key_task, c.class, r.tag, sum(c.n)::int AS count
            FROM unnest(@grains, @periods, @tags) AS r(grain, period, tag)
            JOIN registry.fulfilment_due_cells c ON c.home_province_code = @home AND c.partner_province_code = @partner
                AND c.grain = r.grain::"char" AND c.period = r.period
            WHERE (@agency IS NULL OR c.lead_agency_id = @agency) AND (r.tag = 0) = (c.class <> 8)
            GROUP BY 1, 2, 3, 4
            UNION ALL
            SELECT lead_agency_id, key_task, class, CASE WHEN class <> 8 THEN 0 WHEN due_date < @today THEN 1 ELSE 2 END, sum(n)::int
            FROM registry.fulfilment_due_changes
            WHERE home_province_code = @home AND due_date BETWEEN @start AND @end
                AND (@partner = '' OR partner_province_codes @> ARRAY[@partner]) AND (@agency IS NULL OR lead_agency_id = @agency)
            GROUP BY 1, 2, 3, 4
            """,
            [
                new NpgsqlParameter<string[]>("grains", [.. cells.Select(c => c.Grain.ToString())]),
                new NpgsqlParameter<DateOnly[]>("periods", [.. cells.Select(c => c.Period)]),
                new NpgsqlParameter<int[]>("tags", [.. cells.Select(c => c.Tag)]),
                .. ScopeParameters(scope),
                new NpgsqlParameter<DateOnly>("today", today),
                new NpgsqlParameter<DateOnly>("start", start),
                new NpgsqlParameter<DateOnly>("end", end),
            ]).ToListAsync(cancellationToken);

        var counts = new Dictionary<(string, bool, FulfilmentBucket), int>();
        var irregular = 0;
        foreach (var row in rows)
        {
            if (row.Class == Irregular)
            {
                irregular += row.Count;
                continue;
            }
            var bucket = row.Class == FirmOpen
                ? row.Tag == 1 ? FulfilmentBucket.Overdue : FulfilmentBucket.NotYetDue
                : (FulfilmentBucket)row.Class;
            counts[(row.LeadAgencyId, row.KeyTask, bucket)] = counts.GetValueOrDefault((row.LeadAgencyId, row.KeyTask, bucket)) + row.Count;
        }
        return irregular != 0 ? null : counts.Where(c => c.Value != 0).ToDictionary();
    }

    /// <summary>@home, @partner ('' for every commitment) and @agency (null for every lead agency).</summary>
    internal static NpgsqlParameter[] ScopeParameters(FulfilmentScope scope) =>
    [
        new NpgsqlParameter<string>("home", scope.HomeProvinceCode!),
        new NpgsqlParameter<string>("partner", scope.PartnerProvinceCode ?? ""),
        new NpgsqlParameter("agency", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)scope.AgencyId ?? DBNull.Value },
    ];
}
