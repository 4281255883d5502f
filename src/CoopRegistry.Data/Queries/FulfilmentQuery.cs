using CoopRegistry.Domain.Fulfilment;

namespace CoopRegistry.Data.Queries;

/// <summary>
/// The fulfilment report over the store. The non-recurring figures are counted by PostgreSQL
/// (GROUP BY lead agency, key task and bucket over the fact rows, the bucket rule of
/// <see cref="FulfilmentCalculator.Classify"/> written as a CASE); commitment names are read only
/// when asked for. Recurring obligations (few: one per monthly duty) are read with their progress
/// reports received by then and judged per occurrence in C# (<see cref="Occurrences"/>).
/// Without <c>asOf</c> the commitments table is read; with it, the latest history row of each
/// commitment recorded at or before it, and the reports received by then. Either way the facts are
/// <see cref="CommitmentHistory"/> rows: the current commitments projected into that shape.
/// </summary>
public sealed class FulfilmentQuery(RecordStore store)
{
    /// <summary>
    /// The report: from the counts the database keeps (<see cref="FulfilmentSummary"/>) when they can
    /// answer it exactly, else from the rows.
    /// </summary>
    public async Task<FulfilmentResult> ComputeAsync(Caller caller, FulfilmentScope scope, DateTime? asOf, bool names, CancellationToken cancellationToken)
    {
        if (FulfilmentSummary.Serves(caller, scope, asOf, names)
            && await FulfilmentSummary.ComputeAsync(store.Db, scope, DateTime.SpecifyKind(store.Now, DateTimeKind.Utc), cancellationToken) is { } summary)
            return summary;
        return await ComputeFromRowsAsync(caller, scope, asOf, names, cancellationToken);
    }

    /// <summary>The report from the commitments and progress reports themselves (what <see cref="FulfilmentSummary"/> must equal).</summary>
    public async Task<FulfilmentResult> ComputeFromRowsAsync(Caller caller, FulfilmentScope scope, DateTime? asOf, bool names, CancellationToken cancellationToken)
    {
        var at = DateTime.SpecifyKind(asOf ?? store.Now, DateTimeKind.Utc);
        var facts = Scoped(asOf is null ? Current(caller) : AsOf(caller, at), scope);
        var result = new FulfilmentResult(new DateTimeOffset(at));

        var counted = Buckets(InPeriod(facts, scope), at);
        if (names)
        {
            var rows = await counted.OrderBy(r => r.Id).ToListAsync(cancellationToken);
            foreach (var row in rows)
                result.Add(row.LeadAgencyId, row.KeyTask, (FulfilmentBucket)row.Bucket, 1, [$"{Commitment.CollectionName}/{row.Id}"]);
        }
        else
        {
            var groups = await counted
                .GroupBy(r => new { r.LeadAgencyId, r.KeyTask, r.Bucket })
                .Select(g => new { g.Key.LeadAgencyId, g.Key.KeyTask, g.Key.Bucket, Count = g.Count() })
                .ToListAsync(cancellationToken);
            foreach (var group in groups.OrderBy(g => g.LeadAgencyId, StringComparer.Ordinal))
                result.Add(group.LeadAgencyId, group.KeyTask, (FulfilmentBucket)group.Bucket, group.Count);
        }

        var recurring = (await facts.Where(f => f.Recurring).ToListAsync(cancellationToken)).Select(f => f.ToFact()).ToList();
        var ids = recurring.Select(f => f.Id).ToList();
        var reports = ids.Count == 0 ? [] : await store.Db.Set<ProgressReport>().AsNoTracking()
            .Where(r => ids.Contains(r.CommitmentId) && r.ReportTime <= at)
            .Select(r => new { r.CommitmentId, r.Number, r.PeriodStart, r.PeriodEnd, r.ReportTime })
            .ToListAsync(cancellationToken);
        var byCommitment = reports
            .GroupBy(r => r.CommitmentId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<OccurrenceReport>)g
                .Select(r => new OccurrenceReport(r.PeriodStart, r.PeriodEnd, new DateTimeOffset(DateTime.SpecifyKind(r.ReportTime, DateTimeKind.Utc)),
                    $"{Commitment.CollectionName}/{r.CommitmentId}/progressReports/{r.Number}"))
                .ToList());
        result.Recurring.AddRange(FulfilmentCalculator.RecurringMonths(recurring, byCommitment, scope, result.AsOf, names));
        return result;
    }

    /// <summary>The Vietnamese names of agencies, by id.</summary>
    public Task<Dictionary<string, string>> AgencyNamesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        store.Db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Names.Vi, cancellationToken);

    /// <summary>The commitments the caller may see, as they are (withdrawn ones left out).</summary>
    public IQueryable<CommitmentHistory> Current(Caller caller) =>
        store.Visible<Commitment>(caller).Select(c => new CommitmentHistory
        {
            CommitmentId = c.Id,
            HomeProvinceCode = c.HomeProvinceCode,
            LeadAgencyId = c.LeadAgencyId,
            PartnerProvinceCodes = c.PartnerProvinceCodes,
            SourceCollection = c.SourceCollection,
            SourceId = c.SourceId,
            KeyTask = c.KeyTask,
            Recurring = c.Recurring,
            Deadline = c.Deadline,
            DueDate = c.DueDate,
            OverdueFrom = c.OverdueFrom,
            StartDate = c.StartDate,
            EndDate = c.EndDate,
            Lifecycle = c.Lifecycle,
            CompletedDate = c.CompletedDate,
            // As Commitment.ClosedAt(): a done commitment closed when its completion was accepted.
            ClosedTime = c.Lifecycle == CommitmentLifecycleState.Open ? null
                : c.Lifecycle == CommitmentLifecycleState.Done ? c.CompletionDecisionTime ?? c.ClosedTime
                : c.ClosedTime,
        });

    /// <summary>
    /// The commitments as they stood at <paramref name="at"/>: each one's latest history row
    /// recorded at or before it, unless withdrawn then. Counted only for a caller who could see it
    /// then (<see cref="RecordAccess"/> on that row's parties) and can see it today (on the
    /// commitment): a party added later learns nothing of the time before, and nothing is counted
    /// of a record the caller may not read now.
    /// </summary>
    public IQueryable<CommitmentHistory> AsOf(Caller caller, DateTime at)
    {
        var visibleToday = store.Visible<Commitment>(caller, showDeleted: true).Select(c => c.Id);
        var upTo = store.Db.Set<CommitmentHistory>().AsNoTracking().Where(h => h.RecordedAt <= at);
        return upTo
            .Where(h => h.Id == upTo.Where(x => x.CommitmentId == h.CommitmentId).Max(x => x.Id))
            .Where(RecordAccess.VisibleTo<CommitmentHistory>(caller))
            .Where(h => h.DeleteTime == null && visibleToday.Contains(h.CommitmentId));
    }

    internal static IQueryable<CommitmentHistory> Scoped(IQueryable<CommitmentHistory> facts, FulfilmentScope scope)
    {
        if (scope.HomeProvinceCode is { } home)
            facts = facts.Where(f => f.HomeProvinceCode == home);
        if (scope.AgencyId is { } agency)
            facts = facts.Where(f => f.LeadAgencyId == agency);
        if (scope.PartnerProvinceCode is { } partner)
            facts = facts.Where(f => f.PartnerProvinceCodes.Contains(partner));
        if (scope.SourceId is { } sourceId)
            facts = facts.Where(f => f.SourceCollection == scope.SourceCollection && f.SourceId == sourceId);
        return facts;
    }

    internal sealed class BucketRow
    {
        public string Id { get; init; } = "";
        public string LeadAgencyId { get; init; } = "";
        public bool KeyTask { get; init; }
        public int Bucket { get; init; }
        // For the lists of a report (FulfilmentLists); a count leaves them out of its SQL.
        public Deadline? Deadline { get; init; }
        public DateOnly? DueDate { get; init; }
        public DateOnly? CompletedDate { get; init; }
    }

    /// <summary>The non-recurring commitments whose deadline's last day falls in the period.</summary>
    internal static IQueryable<CommitmentHistory> InPeriod(IQueryable<CommitmentHistory> facts, FulfilmentScope scope) =>
        facts.Where(f => !f.Recurring && f.DueDate >= scope.PeriodStart && f.DueDate <= scope.PeriodEnd);

    /// <summary><see cref="FulfilmentCalculator.Classify"/> as SQL (a CASE the database evaluates per row).</summary>
    internal static IQueryable<BucketRow> Buckets(IQueryable<CommitmentHistory> facts, DateTime at) =>
        facts.Select(f => new BucketRow
        {
            Id = f.CommitmentId,
            LeadAgencyId = f.LeadAgencyId,
            KeyTask = f.KeyTask,
            Deadline = f.Deadline,
            DueDate = f.DueDate,
            CompletedDate = f.CompletedDate,
            Bucket = f.Lifecycle == CommitmentLifecycleState.Cancelled ? (int)FulfilmentBucket.Cancelled
            : f.Lifecycle == CommitmentLifecycleState.Waived ? (int)FulfilmentBucket.Waived
            : f.Lifecycle == CommitmentLifecycleState.Done
                ? (f.OverdueFrom != null && f.CompletedDate != null && f.DueDate != null && f.CompletedDate > f.DueDate
                    ? (int)FulfilmentBucket.DoneLate
                    : (int)FulfilmentBucket.DoneOnTime)
            : f.OverdueFrom == null ? (int)FulfilmentBucket.Open
            : f.OverdueFrom <= at ? (int)FulfilmentBucket.Overdue
            : (int)FulfilmentBucket.NotYetDue,
        });
}
