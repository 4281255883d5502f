using System.Globalization;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Listing;
using CoopRegistry.Data.Queries;
using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Listing;
using CoopRegistry.Domain.Plans;
using CoopRegistry.Server.Access;
using CoopRegistry.Server.Protobuf;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Model = CoopRegistry.Domain.Commitments.Commitment;

namespace CoopRegistry.Server.Commitments;

/// <summary>
/// What falls due: ListUpcomingDeadlines and WatchDeadlines. The window is [today, today + N]
/// in local days (Asia/Ho_Chi_Minh). An open commitment with a last day falls in it by that day;
/// a recurring one by its occurrence still to be met (<see cref="Occurrences.NextDue(Model, IEnumerable{OccurrenceReport}, DateTimeOffset, TimeZoneInfo?)"/>).
/// Soonest first, then by name. The optional filter is ListCommitments'.
/// </summary>
public sealed partial class CommitmentGrpcService
{
    private static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(60);

    public override async Task<ListUpcomingDeadlinesResponse> ListUpcomingDeadlines(ListUpcomingDeadlinesRequest request, ServerCallContext context)
    {
        var days = WithinDays(request.WithinDays);
        var pageSize = PageSize.Resolve(request.PageSize);
        var fingerprint = PageToken.Fingerprint("upcoming", days.ToString(CultureInfo.InvariantCulture), request.Filter?.Trim());
        var cursor = PageToken.Decode(request.PageToken, fingerprint, 2) is { } keys
            ? (DateOnly.TryParseExact(keys[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && keys[1] is { } id
                ? (day, id)
                : throw PageToken.NotOurs())
            : ((DateOnly, string)?)null;

        var now = store.Now;
        var upcoming = await UpcomingAsync(context.Caller(), request.Filter, days, now, context.CancellationToken);
        var after = cursor is { } c
            ? upcoming.Where(u => u.LastDay > c.Item1 || (u.LastDay == c.Item1 && string.CompareOrdinal(u.Commitment.Id, c.Item2) > 0))
            : upcoming;
        var page = after.Take(pageSize + 1).ToList();
        var next = "";
        if (page.Count > pageSize)
        {
            page.RemoveAt(page.Count - 1);
            next = PageToken.Encode(fingerprint, [page[^1].LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), page[^1].Commitment.Id]);
        }
        return new ListUpcomingDeadlinesResponse
        {
            Deadlines = { await ToUpcomingAsync(page, context.CancellationToken) },
            NextPageToken = next,
        };
    }

    public override async Task WatchDeadlines(WatchDeadlinesRequest request, IServerStreamWriter<WatchDeadlinesResponse> responseStream, ServerCallContext context)
    {
        var days = WithinDays(request.WithinDays);
        var interval = request.PollInterval is null ? DefaultPollInterval : request.PollInterval.ToTimeSpan();
        if (interval == TimeSpan.Zero)
            interval = DefaultPollInterval;
        if (interval < TimeSpan.FromSeconds(1))
            throw new InvalidArgumentException("poll_interval", "must be at least 1s (default 60s)");
        var caller = context.Caller();
        var ct = context.CancellationToken;
        // What was last sent of each commitment in the window: its row version (the etag's source,
        // which every committed write changes, unlike update_time under a stopped clock) and last day.
        var sent = new Dictionary<string, (uint Version, DateOnly LastDay)>(StringComparer.Ordinal);
        try
        {
            while (true)
            {
                var now = store.Now;
                var upcoming = await UpcomingAsync(caller, request.Filter, days, now, ct);
                var fresh = upcoming
                    .Where(u => !sent.TryGetValue(u.Commitment.Id, out var last) || last.Version != u.Commitment.Version || last.LastDay != u.LastDay)
                    .ToList();
                foreach (var deadline in await ToUpcomingAsync(fresh, ct))
                    await responseStream.WriteAsync(new WatchDeadlinesResponse { Deadline = deadline }, ct);
                // Leaving the window forgets a commitment, so it is sent again when it comes back.
                sent = upcoming.ToDictionary(u => u.Commitment.Id, u => (u.Commitment.Version, u.LastDay), StringComparer.Ordinal);
                await Task.Delay(interval, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The caller cancelled or went away: the stream ends.
        }
    }

    private static int WithinDays(int days) => days is >= 1 and <= 366
        ? days
        : throw new InvalidArgumentException("within_days", $"{days} is not a number of days 1-366");

    private sealed record Upcoming(Model Commitment, DateOnly LastDay, int DaysLeft);

    /// <summary>The open commitments the caller may see (and the filter keeps) that fall due within the window, soonest first.</summary>
    private async Task<List<Upcoming>> UpcomingAsync(Caller caller, string? filter, int days, DateTime now, CancellationToken cancellationToken)
    {
        var today = HomeDates.Today(now);
        var until = today.AddDays(days);
        var open = store.Visible<Model>(caller).Where(c => c.Lifecycle == CommitmentLifecycleState.Open);
        // The filter of ListCommitments, checked the same way (INVALID_ARGUMENT on `filter`).
        var filtered = open.ToListPlan(CommitmentListing.Schema(now), new ListRequest(0, null, filter, null)).Filtered;

        var dated = await filtered.Where(c => !c.Recurring && c.DueDate != null && c.DueDate >= today && c.DueDate <= until)
            .ToListAsync(cancellationToken);
        var recurring = await filtered.Where(c => c.Recurring && c.StartDate <= until && (c.EndDate == null || c.EndDate >= new DateOnly(today.Year, today.Month, 1)))
            .ToListAsync(cancellationToken);
        var reports = await store.Db.ForOccurrencesAsync(recurring.Select(c => c.Id).ToList(), cancellationToken);
        var instant = new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc));

        return dated.Select(c => new Upcoming(c, c.DueDate!.Value, c.DueDate!.Value.DayNumber - today.DayNumber))
            .Concat(recurring
                .Select(c => (Commitment: c, Next: Occurrences.NextDue(c, reports[c.Id], instant)))
                .Where(r => r.Next is { } next && next.LastDay >= today && next.LastDay <= until)
                .Select(r => new Upcoming(r.Commitment, r.Next!.LastDay, r.Next.LastDay.DayNumber - today.DayNumber)))
            .OrderBy(u => u.LastDay).ThenBy(u => u.Commitment.Id, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<IEnumerable<UpcomingDeadline>> ToUpcomingAsync(IReadOnlyList<Upcoming> upcoming, CancellationToken cancellationToken)
    {
        var mapped = await MapAllAsync([.. upcoming.Select(u => u.Commitment)], store.Now, cancellationToken);
        return upcoming.Select((u, i) => new UpcomingDeadline { Commitment = mapped[i], LastDay = u.LastDay.ToProto(), DaysLeft = u.DaysLeft });
    }
}
