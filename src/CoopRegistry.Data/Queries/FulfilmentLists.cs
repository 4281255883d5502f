using CoopRegistry.Domain.Fulfilment;

namespace CoopRegistry.Data.Queries;

/// <summary>One commitment behind a report's figures, with what a reader of the report needs to see of it.</summary>
public sealed record FulfilmentListRow(
    FulfilmentBucket Bucket,
    string Id,
    string Task,
    string LeadAgencyId,
    string LeadAgencyName,
    Deadline? Deadline,
    DateOnly? DueDate,
    DateOnly? CompletedDate,
    bool KeyTask,
    FulfilmentProgress? Latest);

/// <summary>A commitment's latest progress report received by the report's instant.</summary>
public sealed record FulfilmentProgress(string Narrative, int PercentComplete, DateTime ReportTime);

/// <summary>
/// The commitments behind a fulfilment report's figures, bucket by bucket (the same facts, scope,
/// period and bucket rule as <see cref="FulfilmentQuery"/>), soonest deadline first, read as a
/// stream. As of a past instant: the state and the latest progress as they stood then; the task
/// text and agency name as they are now (the history keeps the facts that decide a bucket).
/// </summary>
public sealed class FulfilmentLists(FulfilmentQuery query, RegistryDbContext db)
{
    public IAsyncEnumerable<FulfilmentListRow> ListAsync(Caller caller, FulfilmentScope scope, DateTime at, bool asOf, IReadOnlyCollection<FulfilmentBucket> buckets)
    {
        var facts = FulfilmentQuery.Scoped(asOf ? query.AsOf(caller, at) : query.Current(caller), scope);
        var wanted = buckets.Select(b => (int)b).ToList();
        var reports = db.Set<ProgressReport>().AsNoTracking();
        return FulfilmentQuery.Buckets(FulfilmentQuery.InPeriod(facts, scope), at)
            .Where(b => wanted.Contains(b.Bucket))
            .Join(db.Set<Commitment>().AsNoTracking(), b => b.Id, c => c.Id, (b, c) => new { Row = b, c.Task })
            .Join(db.Agencies.AsNoTracking(), x => x.Row.LeadAgencyId, a => a.Id, (x, a) => new { x.Row, x.Task, Lead = a.Names.Vi })
            .OrderBy(x => x.Row.Bucket).ThenBy(x => x.Row.DueDate).ThenBy(x => x.Row.Id)
            .Select(x => new FulfilmentListRow(
                (FulfilmentBucket)x.Row.Bucket, x.Row.Id, x.Task, x.Row.LeadAgencyId, x.Lead, x.Row.Deadline, x.Row.DueDate, x.Row.CompletedDate, x.Row.KeyTask,
                reports.Where(r => r.CommitmentId == x.Row.Id && r.ReportTime <= at)
                    .OrderByDescending(r => r.Number)
                    .Select(r => new FulfilmentProgress(r.Narrative, r.PercentComplete, r.ReportTime))
                    .FirstOrDefault()))
            .AsAsyncEnumerable();
    }
}
