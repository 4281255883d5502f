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
    /// Counts by lead agency, key task and bucket of the dated commitments due in the period. Cells of
    /// tag 0 cover the period, every class; the firm open ones (class 8) are overdue if due before the
    /// report's local day, else not yet due, so of the two runs of days only the shorter one's firm
    /// open cells are read (tag 1 overdue, 2 not yet due) and the other run is the period's less them.
    /// Pending changes are read the same way. The cells' key puts the class before the lead agency
    /// (migration FulfilmentCellsOverAgencies), so a run's firm open cells are read alone.
    /// </summary>
    private static async Task<Dictionary<(string Lead, bool KeyTask, FulfilmentBucket Bucket), int>?> DueCountsAsync(
        RegistryDbContext db, FulfilmentScope scope, DateOnly today, CancellationToken cancellationToken)
    {
        var (start, end) = (scope.PeriodStart, scope.PeriodEnd);
        var overdueEnd = end < today ? end : today.AddDays(-1);
        var notYetDueStart = start > today ? start : today;
        var side = Days(start, overdueEnd) <= Days(notYetDueStart, end) ? 1 : 2;
        var (read, other) = side == 1 ? (FulfilmentBucket.Overdue, FulfilmentBucket.NotYetDue) : (FulfilmentBucket.NotYetDue, FulfilmentBucket.Overdue);
        var cells = DayCells.Of(start, end).Select(c => (c.Grain, c.Period, Tag: 0))
            .Concat((side == 1 ? DayCells.Of(start, overdueEnd) : DayCells.Of(notYetDueStart, end)).Select(c => (c.Grain, c.Period, Tag: side)))
            .ToList();
        var rows = await db.Database.SqlQueryRaw<DueCell>("""
            SELECT c.lead_agency_id, c.key_task, c.class, r.tag, sum(c.n)::int AS count
            FROM unnest(@grains, @periods, @tags) AS r(grain, period, tag)
            JOIN registry.fulfilment_due_cells c ON c.home_province_code = @home AND c.partner_province_code = @partner
                AND c.grain = r.grain::"char" AND c.period = r.period
                AND c.class BETWEEN (CASE WHEN r.tag = 0 THEN -32768 ELSE 8 END) AND (CASE WHEN r.tag = 0 THEN 32767 ELSE 8 END)
            WHERE @agency IS NULL OR c.lead_agency_id = @agency
            GROUP BY 1, 2, 3, 4
            UNION ALL
            SELECT d.lead_agency_id, d.key_task, d.class, t.tag, sum(d.n)::int
            FROM registry.fulfilment_due_changes d,
                LATERAL (SELECT 0 UNION ALL SELECT @side WHERE d.class = 8 AND (d.due_date < @today) = (@side = 1)) t(tag)
            WHERE d.home_province_code = @home AND d.due_date BETWEEN @start AND @end
                AND (@partner = '' OR d.partner_province_codes @> ARRAY[@partner]) AND (@agency IS NULL OR d.lead_agency_id = @agency)
            GROUP BY 1, 2, 3, 4
            """,
            [
                new NpgsqlParameter<string[]>("grains", [.. cells.Select(c => c.Grain.ToString())]),
                new NpgsqlParameter<DateOnly[]>("periods", [.. cells.Select(c => c.Period)]),
                new NpgsqlParameter<int[]>("tags", [.. cells.Select(c => c.Tag)]),
                .. ScopeParameters(scope),
                new NpgsqlParameter<int>("side", side),
                new NpgsqlParameter<DateOnly>("today", today),
                new NpgsqlParameter<DateOnly>("start", start),
                new NpgsqlParameter<DateOnly>("end", end),
            ]).ToListAsync(cancellationToken);

        var counts = new Dictionary<(string, bool, FulfilmentBucket), int>();
        void Add(DueCell row, FulfilmentBucket bucket, int count) =>
            counts[(row.LeadAgencyId, row.KeyTask, bucket)] = counts.GetValueOrDefault((row.LeadAgencyId, row.KeyTask, bucket)) + count;
        var irregular = 0;
        foreach (var row in rows)
        {
            if (row.Class == Irregular)
                irregular += row.Count;
            else if (row.Class != FirmOpen)
                Add(row, (FulfilmentBucket)row.Class, row.Count);
            else if (row.Tag == 0)
                Add(row, other, row.Count);
            else
            {
                // Firm open in the run read: counted there, not in the other run.
                Add(row, read, row.Count);
                Add(row, other, -row.Count);
            }
        }
        return irregular != 0 ? null : counts.Where(c => c.Value != 0).ToDictionary();
    }

    private static int Days(DateOnly first, DateOnly last) => Math.Max(0, last.DayNumber - first.DayNumber + 1);

    /// <summary>@home, @partner ('' for every commitment) and @agency (null for every lead agency).</summary>
    internal static NpgsqlParameter[] ScopeParameters(FulfilmentScope scope) =>
    [
        new NpgsqlParameter<string>("home", scope.HomeProvinceCode!),
        new NpgsqlParameter<string>("partner", scope.PartnerProvinceCode ?? ""),
        new NpgsqlParameter("agency", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)scope.AgencyId ?? DBNull.Value },
    ];
}
