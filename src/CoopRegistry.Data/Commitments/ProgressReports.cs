namespace CoopRegistry.Data.Commitments;

/// <summary>A report recorded and the commitment as it stands after it.</summary>
public sealed record ReportedProgress(ProgressReport Report, Commitment Commitment);

/// <summary>Progress reports, the parts of a commitment: recorded with it, listed, read for its occurrences. The table is append-only.</summary>
public static class ProgressReports
{
    // Within one commitment the number is unique, so (number, commitment id) is a total order for the keyset.
    private static readonly ListSchema<ProgressReport> Schema = new ListSchema<ProgressReport>("name", r => r.CommitmentId)
        .Integer("number", r => r.Number)
        .DefaultOrder("number", descending: true)
        .WithoutTotal();

    /// <summary>
    /// ReportProgress: the report <paramref name="report"/> makes of the commitment (which the caller
    /// must be allowed to report on), saved with it; a retry with the same request_id answers the first one's.
    /// </summary>
    public static Task<ReportedProgress> ReportProgressAsync(
        this RecordStore store, string commitmentId, Caller caller, Guid? requestId, Func<Commitment, ProgressReport> report, CancellationToken cancellationToken) =>
        RequestLog.CreateOnceAsync(store.Db, caller, requestId, "request_id", (name, ct) => ReportedAsync(store, commitmentId, name, caller, ct), async ct =>
        {
            var commitment = await store.GetForChangeAsync<Commitment>(Commitment.CollectionName, commitmentId, null, caller, CommitmentAccess.DemandReport, ct);
            var made = report(commitment);
            store.AddPart(made);
            RequestLog.Remember(store.Db, caller, requestId, made.ResourceName, store.Now);
            await store.SaveAsync(commitment, caller, ct);
            return new ReportedProgress(made, commitment);
        }, cancellationToken);

    /// <summary>One page of a commitment's reports, newest first (numbers follow the order of arrival).</summary>
    public static Task<Page<ProgressReport>> ListProgressReportsAsync(
        this RecordStore store, string commitmentId, int pageSize, string? pageToken, CancellationToken cancellationToken) =>
        store.Db.Set<ProgressReport>().AsNoTracking().Where(r => r.CommitmentId == commitmentId)
            .ToPageAsync(Schema, new ListRequest(pageSize, pageToken, null, null, "progressReports", commitmentId), cancellationToken);

    /// <summary>
    /// What the occurrence rule needs of the reports of <paramref name="commitmentIds"/> (period,
    /// time, name), grouped by commitment, in one query.
    /// </summary>
    public static Task<ILookup<string, OccurrenceReport>> ForOccurrencesAsync(
        this RecordStore store, IReadOnlyCollection<string> commitmentIds, CancellationToken cancellationToken) =>
        store.Db.ForOccurrencesAsync(commitmentIds, cancellationToken);

    /// <summary>The same for this project's readers that run as the registry (reminders).</summary>
    internal static async Task<ILookup<string, OccurrenceReport>> ForOccurrencesAsync(
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

    /// <summary>What an earlier ReportProgress named <paramref name="name"/>, if it is a report of this commitment.</summary>
    private static async Task<ReportedProgress?> ReportedAsync(RecordStore store, string commitmentId, string name, Caller caller, CancellationToken cancellationToken)
    {
        var prefix = $"{Commitment.CollectionName}/{commitmentId}/progressReports/";
        if (!name.StartsWith(prefix, StringComparison.Ordinal) || !int.TryParse(name[prefix.Length..], out var number))
            return null;
        var report = await store.Db.Set<ProgressReport>().AsNoTracking()
            .SingleAsync(r => r.CommitmentId == commitmentId && r.Number == number, cancellationToken);
        return new ReportedProgress(report, await store.GetAsync<Commitment>(Commitment.CollectionName, commitmentId, caller, cancellationToken));
    }
}
