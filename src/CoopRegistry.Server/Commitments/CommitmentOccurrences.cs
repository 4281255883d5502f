using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Server.Commitments;

/// <summary>
/// Fills the occurrences of mapped recurring commitments (Commitment.occurrences, output only):
/// their reports are read in one query, then <see cref="Occurrences.Of(Commitment, IEnumerable{OccurrenceReport}, DateTimeOffset, TimeZoneInfo?)"/>
/// judges each month at <c>now</c>. Commitments that are not recurring are left as they are.
/// </summary>
public static class CommitmentOccurrences
{
    public static async Task FillAsync(
        RecordStore store, TypeAdapterConfig mapping, IReadOnlyList<(Commitment Model, Contract.Commitment Resource)> items, DateTime now,
        CancellationToken cancellationToken)
    {
        var recurring = items.Where(item => item.Model.Deadline is Domain.Deadlines.Deadline.Recurring).ToList();
        if (recurring.Count == 0)
            return;
        var reports = await store.ForOccurrencesAsync(recurring.Select(item => item.Model.Id).Distinct().ToList(), cancellationToken);
        var instant = new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc));
        foreach (var (model, resource) in recurring)
        {
            resource.Occurrences.Clear();
            resource.Occurrences.AddRange(Occurrences.Of(model, reports[model.Id], instant).Select(o => o.Adapt<Contract.Occurrence>(mapping)));
        }
    }
}
