using System.Globalization;
using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Domain.Fulfilment;

/// <summary>
/// The fulfilment report over commitment facts, at one instant. Non-recurring commitments whose
/// deadline's last day falls in the period are each counted in exactly one bucket; recurring
/// ones contribute their monthly occurrences (rule in <see cref="Occurrences"/>) to the months
/// of the period. Pure: no clock, no database (the database computes the same buckets with
/// <see cref="Classify"/>'s rule written as SQL; the tests hold the two to the same numbers).
/// </summary>
public static class FulfilmentCalculator
{
    /// <summary>
    /// The bucket of a commitment at <paramref name="asOf"/> (the decision of DESIGN "Stored vs
    /// computed state"): cancelled, waived; done late when done after a firm deadline's last day,
    /// else on time; not done: overdue once a firm deadline's overdue instant is reached, not yet
    /// due before it, open when the deadline is never overdue.
    /// </summary>
    public static FulfilmentBucket Classify(CommitmentFact fact, DateTimeOffset asOf) => fact.Lifecycle switch
    {
        CommitmentLifecycleState.Cancelled => FulfilmentBucket.Cancelled,
        CommitmentLifecycleState.Waived => FulfilmentBucket.Waived,
        CommitmentLifecycleState.Done => fact.OverdueFrom is not null && fact.CompletedDate > fact.DueDate
            ? FulfilmentBucket.DoneLate
            : FulfilmentBucket.DoneOnTime,
        _ => fact.OverdueFrom is not { } from ? FulfilmentBucket.Open
            : asOf.UtcDateTime >= DateTime.SpecifyKind(from, DateTimeKind.Utc) ? FulfilmentBucket.Overdue
            : FulfilmentBucket.NotYetDue,
    };

    /// <summary>A non-recurring commitment counts when its deadline's last day falls in the period.</summary>
    public static bool Counts(CommitmentFact fact, FulfilmentScope scope) =>
        !fact.Recurring && fact.DueDate is { } due && due >= scope.PeriodStart && due <= scope.PeriodEnd && scope.Covers(fact);

    /// <summary>
    /// The whole report. <paramref name="facts"/> are the commitments the caller may see as they
    /// stood at <paramref name="asOf"/>; <paramref name="reports"/> the progress reports received
    /// by then, by commitment id.
    /// </summary>
    public static FulfilmentResult Compute(
        IEnumerable<CommitmentFact> facts,
        IReadOnlyDictionary<string, IReadOnlyList<OccurrenceReport>> reports,
        FulfilmentScope scope,
        DateTimeOffset asOf,
        bool names = true)
    {
        var result = new FulfilmentResult(asOf);
        var all = facts.ToList();
        foreach (var fact in all.Where(f => Counts(f, scope)))
            result.Add(fact.LeadAgencyId, fact.KeyTask, Classify(fact, asOf), 1, names ? [fact.ResourceName] : null);
        result.Recurring.AddRange(RecurringMonths(all.Where(f => f.Recurring && scope.Covers(f)), reports, scope, asOf, names));
        return result;
    }

    /// <summary>Every month of the period with the occurrences of the recurring commitments due in it.</summary>
    public static List<RecurringPeriod> RecurringMonths(
        IEnumerable<CommitmentFact> recurring,
        IReadOnlyDictionary<string, IReadOnlyList<OccurrenceReport>> reports,
        FulfilmentScope scope,
        DateTimeOffset asOf,
        bool names = true)
    {
        var months = scope.Months().Select(m => new RecurringPeriod(m)).ToDictionary(p => p.Period);
        foreach (var fact in recurring.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            if (fact.Deadline is not Deadline.Recurring repeating)
                continue;
            var closedAt = fact.Lifecycle != CommitmentLifecycleState.Open && fact.ClosedTime is { } closed
                ? new DateTimeOffset(DateTime.SpecifyKind(closed, DateTimeKind.Utc))
                : (DateTimeOffset?)null;
            var received = reports.TryGetValue(fact.Id, out var list) ? list : [];
            foreach (var occurrence in Occurrences.Of(repeating, fact.StartDate, fact.EndDate, closedAt, received, asOf, within: (scope.PeriodStart, scope.PeriodEnd)))
            {
                // Counted in the month it falls due: a monthly one in its own month, a yearly one in December.
                if (!months.TryGetValue(new DateOnly(occurrence.LastDay.Year, occurrence.LastDay.Month, 1), out var month))
                    continue;
                string[]? name = names ? [fact.ResourceName] : null;
                month.Due.Add(1, name);
                var figure = occurrence.State switch
                {
                    OccurrenceState.Met => month.Met,
                    OccurrenceState.MetLate => month.MetLate,
                    OccurrenceState.Missed => month.Missed,
                    _ => month.Pending,
                };
                figure.Add(1, name);
            }
        }
        return [.. months.Values.OrderBy(m => m.Period)];
    }

    /// <summary>Lead agencies by their Vietnamese name (Vietnamese collation), then id.</summary>
    public static IEnumerable<KeyValuePair<string, FulfilmentFigures>> OrderAgencies(
        FulfilmentResult result, IReadOnlyDictionary<string, string> agencyNames)
    {
        var collation = CultureInfo.GetCultureInfo("vi-VN").CompareInfo;
        return result.ByLeadAgency
            .OrderBy(a => agencyNames.GetValueOrDefault(a.Key, a.Key), Comparer<string>.Create((x, y) => collation.Compare(x, y, CompareOptions.None)))
            .ThenBy(a => a.Key, StringComparer.Ordinal);
    }
}
