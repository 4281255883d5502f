using CoopRegistry.Data.Queries;

namespace CoopRegistry.Data.Commitments;

/// <summary>An open commitment falling due within a window: its last on-time day and the days left to it.</summary>
public sealed record UpcomingDeadline(Commitment Commitment, DateOnly LastDay, int DaysLeft);

/// <summary>A row of the window as PostgreSQL lists it: the commitment and its last on-time day.</summary>
public sealed class UpcomingRow
{
    public Commitment Commitment { get; init; } = null!;
    public string Id { get; init; } = "";
    public DateOnly LastDay { get; init; }
}

/// <summary>
/// What falls due in [today, today + days], in local days (Asia/Ho_Chi_Minh). An open commitment
/// with a last day falls in it by that day; a recurring one by its occurrence still to be met
/// (<see cref="Occurrences.NextDue(Commitment, IEnumerable{OccurrenceReport}, DateTimeOffset, TimeZoneInfo?)"/>,
/// judged from its reports: only the few recurring duties are read for it, and their days go back
/// into the query as parameters). Visibility, ListCommitments' filter, the window, the order
/// (soonest first, then by name) and the paging are SQL's, on the listing engine's keyset.
/// </summary>
public static class UpcomingDeadlines
{
    private static readonly ListSchema<UpcomingRow> Schema = new ListSchema<UpcomingRow>("name", r => r.Id)
        .Date("last_day", r => r.LastDay)
        .DefaultOrder("last_day")
        .WithoutTotal();

    /// <summary>ListUpcomingDeadlines: one page, keyset-paged by (last day, name).</summary>
    public static async Task<Page<UpcomingDeadline>> ListUpcomingAsync(
        this RecordStore store, Caller caller, string? filter, int days, DateTime now, int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        // The filter is ListCommitments', applied inside the query; its text still binds the page token.
        var request = new ListRequest(pageSize, pageToken, null, null, "upcoming", days.ToString(CultureInfo.InvariantCulture), filter?.Trim());
        var rows = await store.UpcomingQueryAsync(caller, filter, days, now, cancellationToken);
        var page = await rows.ToPageAsync(Schema, request, cancellationToken);
        var today = HomeTime.Today(now);
        return new Page<UpcomingDeadline>([.. page.Items.Select(r => Deadline(r, today))], 0, page.NextPageToken);
    }

    /// <summary>The whole window, soonest first (WatchDeadlines compares it with what it sent).</summary>
    public static async Task<List<UpcomingDeadline>> UpcomingAsync(
        this RecordStore store, Caller caller, string? filter, int days, DateTime now, CancellationToken cancellationToken)
    {
        var rows = await store.UpcomingQueryAsync(caller, filter, days, now, cancellationToken);
        var today = HomeTime.Today(now);
        return [.. (await rows.OrderBy(r => r.LastDay).ThenBy(r => r.Id).ToListAsync(cancellationToken)).Select(r => Deadline(r, today))];
    }

    private static UpcomingDeadline Deadline(UpcomingRow row, DateOnly today) => new(row.Commitment, row.LastDay, row.LastDay.DayNumber - today.DayNumber);

    /// <summary>The open commitments the caller may see (and the filter keeps) that fall due within the window, as a query.</summary>
    private static async Task<IQueryable<UpcomingRow>> UpcomingQueryAsync(
        this RecordStore store, Caller caller, string? filter, int days, DateTime now, CancellationToken cancellationToken)
    {
        var today = HomeTime.Today(now);
        var until = today.AddDays(days);
        var open = store.Visible<Commitment>(caller).Where(c => c.Lifecycle == CommitmentLifecycleState.Open);
        // The filter of ListCommitments, checked the same way (INVALID_ARGUMENT on `filter`).
        var filtered = open.ToListPlan(CommitmentListing.Schema(now), new ListRequest(0, null, filter, null)).Filtered;

        var recurring = await filtered.Where(c => c.Recurring && c.StartDate <= until && (c.EndDate == null || c.EndDate >= new DateOnly(today.Year, today.Month, 1)))
            .ToListAsync(cancellationToken);
        var reports = await store.ForOccurrencesAsync(recurring.Select(c => c.Id).ToList(), cancellationToken);
        var instant = new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc));
        var due = recurring
            .Select(c => (c.Id, Next: Occurrences.NextDue(c, reports[c.Id], instant)))
            .Where(r => r.Next is { } next && next.LastDay >= today && next.LastDay <= until)
            .ToList();
        var ids = due.Select(r => r.Id).ToArray();
        var lastDays = due.Select(r => r.Next!.LastDay).ToArray();

        return filtered
            .Where(c => (!c.Recurring && c.DueDate != null && c.DueDate >= today && c.DueDate <= until) || ids.Contains(c.Id))
            .Select(c => new UpcomingRow
            {
                Commitment = c,
                Id = c.Id,
                LastDay = c.Recurring ? lastDays[Array.IndexOf(ids, c.Id)] : c.DueDate!.Value,
            });
    }
}
