using CoopRegistry.Domain.Commitments;
using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Data.Queries;

/// <summary>Reads of progress reports (the table is append-only: nothing here writes).</summary>
public static class ProgressReportQueries
{
    /// <summary>
    /// What the occurrence rule needs of the reports of <paramref name="commitmentIds"/> (period,
    /// time, name), grouped by commitment, in one query.
    /// </summary>
    public static async Task<ILookup<string, OccurrenceReport>> ForOccurrencesAsync(
        this RegistryDbContext db, IReadOnlyCollection<string> commitmentIds, CancellationToken cancellationToken)
    {
        if (commitmentIds.Count == 0)
            return Array.Empty<(string, OccurrenceReport)>().ToLookup(r => r.Item1, r => r.Item2);
        var rows = await db.Set<ProgressReport>().AsNoTracking()
            .Where(r => commitmentIds.Contains(r.CommitmentId))
            .Select(r => new { r.CommitmentId, r.Number, r.PeriodStart, r.PeriodEnd, r.ReportTime })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(
            r => r.CommitmentId,
            r => new OccurrenceReport(r.PeriodStart, r.PeriodEnd, new DateTimeOffset(DateTime.SpecifyKind(r.ReportTime, DateTimeKind.Utc)),
                $"commitments/{r.CommitmentId}/progressReports/{r.Number}"));
    }

    /// <summary>
    /// One page of a commitment's reports, newest first (highest number first: numbers follow the
    /// order of arrival), after report number <paramref name="before"/> when given; one more row
    /// than <paramref name="pageSize"/> tells whether another page follows.
    /// </summary>
    public static Task<List<ProgressReport>> PageAsync(
        this RegistryDbContext db, string commitmentId, int? before, int pageSize, CancellationToken cancellationToken) =>
        db.Set<ProgressReport>().AsNoTracking()
            .Where(r => r.CommitmentId == commitmentId && (before == null || r.Number < before))
            .OrderByDescending(r => r.Number)
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);
}
