using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Commitments;

/// <summary>
/// What falls due: ListUpcomingDeadlines and WatchDeadlines, over the window of
/// <see cref="Data.Commitments.UpcomingDeadlines"/> (within_days local days from today, soonest first).
/// </summary>
public sealed partial class CommitmentGrpcService
{
    private static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(60);

    public override async Task<ListUpcomingDeadlinesResponse> ListUpcomingDeadlines(ListUpcomingDeadlinesRequest request, ServerCallContext context)
    {
        var days = WithinDays(request.WithinDays);
        var page = await store.ListUpcomingAsync(context.Caller(), request.Filter, days, store.Now, request.PageSize, request.PageToken, context.CancellationToken);
        return new ListUpcomingDeadlinesResponse
        {
            Deadlines = { await ToUpcomingAsync(page.Items, context.CancellationToken) },
            NextPageToken = page.NextPageToken,
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
                var upcoming = await store.UpcomingAsync(caller, request.Filter, days, now, ct);
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

    private async Task<IEnumerable<Contracts.V1.UpcomingDeadline>> ToUpcomingAsync(IReadOnlyList<Data.Commitments.UpcomingDeadline> upcoming, CancellationToken cancellationToken)
    {
        var mapped = await MapAllAsync([.. upcoming.Select(u => u.Commitment)], store.Now, cancellationToken);
        return upcoming.Select((u, i) => new Contracts.V1.UpcomingDeadline { Commitment = mapped[i], LastDay = u.LastDay.ToProto(), DaysLeft = u.DaysLeft });
    }
}
