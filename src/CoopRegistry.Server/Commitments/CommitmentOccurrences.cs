using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Server.Commitments;

/// <summary>
/// Fills the occurrences of mapped recurring commitments (Commitment.occurrences, output only):
/// <see cref="Occurrences.Of(Commitment, IEnumerable{OccurrenceReport}, DateTimeOffset, TimeZoneInfo?)"/>
/// judges each month at <c>now</c> from the commitment's reports, read in one query for several
/// (<see cref="FillAsync"/>) or already read with a page of them (<see cref="Fill"/>). Commitments
/// that are not recurring are left as they are.
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
        foreach (var (model, resource) in recurring)
            Fill(mapping, model, resource, reports[model.Id], now);
    }

    /// <summary>The occurrences of <paramref name="model"/> at <paramref name="now"/> (UTC) into <paramref name="resource"/>, from its <paramref name="reports"/>.</summary>
    public static void Fill(TypeAdapterConfig mapping, Commitment model, Contract.Commitment resource, IEnumerable<OccurrenceReport> reports, DateTime now)
    {
        if (model.Deadline is not Domain.Deadlines.Deadline.Recurring)
            return;
        var instant = new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc));
        resource.Occurrences.Clear();
        resource.Occurrences.AddRange(Occurrences.Of(model, reports, instant).Select(o => o.Adapt<Contract.Occurrence>(mapping)));
    }
}
