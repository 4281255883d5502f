using CoopRegistry.Data.Queries;

namespace CoopRegistry.Data.Commitments;

/// <summary>An open commitment falling due within a window: its last on-time day and the days left to it.</summary>
public sealed record UpcomingDeadline(Commitment Commitment, DateOnly LastDay, int DaysLeft);

/// <summary>
/// What falls due in [today, today + days], in local days (Asia/Ho_Chi_Minh). An open commitment
/// with a last day falls in it by that day; a recurring one by its occurrence still to be met
/// (<see cref="Occurrences.NextDue(Commitment, IEnumerable{OccurrenceReport}, DateTimeOffset, TimeZoneInfo?)"/>,
/// judged in memory from its reports). Soonest first, then by name. The optional filter is ListCommitments'.
/// </summary>
public static class UpcomingDeadlines
{
    /// <summary>ListUpcomingDeadlines: one page, on the listing engine's paging of a result computed in memory.</summary>
    public static async Task<Page<UpcomingDeadline>> ListUpcomingAsync(
        this RecordStore store, Caller caller, string? filter, int days, DateTime now, int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        var plan = new MemoryListPlan(new ListRequest(pageSize, pageToken, filter, null, "upcoming", days.ToString(CultureInfo.InvariantCulture)));
        var upcoming = await store.UpcomingAsync(caller, filter, days, now, cancellationToken);
        // Dates of fixed width, then the id: ordinal order of the position is the list's order.
        return plan.Page(upcoming, u => string.Create(CultureInfo.InvariantCulture, $"{u.LastDay:yyyy-MM-dd}/{u.Commitment.Id}"));
    }

    /// <summary>The open commitments the caller may see (and the filter keeps) that fall due within the window, soonest first.</summary>
    public static async Task<List<UpcomingDeadline>> UpcomingAsync(
        this RecordStore store, Caller caller, string? filter, int days, DateTime now, CancellationToken cancellationToken)
    {
        var today = HomeTime.Today(now);
        var until = today.AddDays(days);
        var open = store.Visible<Commitment>(caller).Where(c => c.Lifecycle == CommitmentLifecycleState.Open);
        // The filter of ListCommitments, checked the same way (INVALID_ARGUMENT on `filter`).
        var filtered = open.ToListPlan(CommitmentListing.Schema(now), new ListRequest(0, null, filter, null)).Filtered;

        var dated = await filtered.Where(c => !c.Recurring && c.DueDate != null && c.DueDate >= today && c.DueDate <= until)
            .ToListAsync(cancellationToken);
        var recurring = await filtered.Where(c => c.Recurring && c.StartDate <= until && (c.EndDate == null || c.EndDate >= new DateOnly(today.Year, today.Month, 1)))
            .ToListAsync(cancellationToken);
        var reports = await store.ForOccurrencesAsync(recurring.Select(c => c.Id).ToList(), cancellationToken);
        var instant = new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc));

        return dated.Select(c => new UpcomingDeadline(c, c.DueDate!.Value, c.DueDate!.Value.DayNumber - today.DayNumber))
            .Concat(recurring
                .Select(c => (Commitment: c, Next: Occurrences.NextDue(c, reports[c.Id], instant)))
                .Where(r => r.Next is { } next && next.LastDay >= today && next.LastDay <= until)
                .Select(r => new UpcomingDeadline(r.Commitment, r.Next!.LastDay, r.Next.LastDay.DayNumber - today.DayNumber)))
            .OrderBy(u => u.LastDay).ThenBy(u => u.Commitment.Id, StringComparer.Ordinal)
            .ToList();
    }
}
