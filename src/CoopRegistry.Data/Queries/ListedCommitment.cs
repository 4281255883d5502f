namespace CoopRegistry.Data.Queries;

/// <summary>
/// A commitment as a page of ListCommitments reads it: its row and, for a recurring one, what the
/// occurrence rule needs of its progress reports (number, period, time), aggregated by the page's own
/// statement (a correlated <c>array_agg</c> per recurring row, each ordered by number, so the arrays
/// line up) instead of a second round trip after the page. Null arrays: not recurring, or no report yet.
/// </summary>
public sealed class ListedCommitment
{
    public Commitment Commitment { get; init; } = null!;
    public int[]? ReportNumbers { get; init; }
    public DateOnly[]? ReportStarts { get; init; }
    public DateOnly[]? ReportEnds { get; init; }
    public DateTime[]? ReportTimes { get; init; }

    /// <summary>The commitment's reports as the occurrence rule reads them (as <see cref="ProgressReports.ForOccurrencesAsync(RecordStore, IReadOnlyCollection{string}, CancellationToken)"/> does).</summary>
    public IEnumerable<OccurrenceReport> Reports() => ReportNumbers is not { } numbers
        ? []
        : numbers.Select((number, i) => ProgressReports.ForOccurrence(Commitment.Id, number, ReportStarts![i], ReportEnds![i], ReportTimes![i]));

    /// <summary>A page row of a commitment, its reports read from <paramref name="reports"/> (row-level security applies to them as to the page).</summary>
    internal static Expression<Func<Commitment, ListedCommitment>> Of(IQueryable<ProgressReport> reports) => c => new ListedCommitment
    {
        Commitment = c,
        ReportNumbers = c.Recurring
            ? reports.Where(r => r.CommitmentId == c.Id).GroupBy(r => r.CommitmentId).Select(g => EF.Functions.ArrayAgg(g.OrderBy(r => r.Number).Select(r => r.Number))).FirstOrDefault()
            : null,
        ReportStarts = c.Recurring
            ? reports.Where(r => r.CommitmentId == c.Id).GroupBy(r => r.CommitmentId).Select(g => EF.Functions.ArrayAgg(g.OrderBy(r => r.Number).Select(r => r.PeriodStart))).FirstOrDefault()
            : null,
        ReportEnds = c.Recurring
            ? reports.Where(r => r.CommitmentId == c.Id).GroupBy(r => r.CommitmentId).Select(g => EF.Functions.ArrayAgg(g.OrderBy(r => r.Number).Select(r => r.PeriodEnd))).FirstOrDefault()
            : null,
        ReportTimes = c.Recurring
            ? reports.Where(r => r.CommitmentId == c.Id).GroupBy(r => r.CommitmentId).Select(g => EF.Functions.ArrayAgg(g.OrderBy(r => r.Number).Select(r => r.ReportTime))).FirstOrDefault()
            : null,
    };
}
