using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using static CoopRegistry.Server.Tests.Commitments.LifecycleFixture;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>ListUpcomingDeadlines and WatchDeadlines: what falls due within N local days, soonest first.</summary>
public class DeadlinesTests(LifecycleFixture registry) : IClassFixture<LifecycleFixture>
{
    private readonly CommitmentService.CommitmentServiceClient focal = registry.Client(FocalPoint);
    private readonly CommitmentService.CommitmentServiceClient lead = registry.Client(Lead);
    private readonly CommitmentService.CommitmentServiceClient partner = registry.Client(Partner);

    private async Task<Commitment> CreateAsync(Deadline deadline, string tag, string task)
    {
        var request = Commitment(deadline, tag, task);
        return (await focal.CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = request })).Commitment;
    }

    [Fact]
    public async Task Upcoming_deadlines_are_open_ones_in_the_window_soonest_first()
    {
        // 08:00 on 1/6/2026 local.
        registry.Clock.Now = At("2026-06-01T01:00:00Z");
        const string tag = "upcoming";
        var today = await CreateAsync(OnOrBefore(2026, 6, 1), tag, "Hạn hôm nay");
        var soon = await CreateAsync(OnOrBefore(2026, 6, 5), tag, "Hạn 5/6");
        var later = await CreateAsync(OnOrBefore(2026, 7, 1), tag, "Hạn 1/7: ngày cuối của cửa sổ 30 ngày");
        await CreateAsync(OnOrBefore(2026, 7, 2), tag, "Ngoài cửa sổ");
        await CreateAsync(OnOrBefore(2026, 5, 31), tag, "Đã quá hạn");
        var cancelled = await CreateAsync(OnOrBefore(2026, 6, 3), tag, "Đã hủy");
        await focal.CancelCommitmentAsync(new CancelCommitmentRequest { Name = cancelled.Name, Reason = "Không thực hiện" });
        var monthly = await CreateAsync(MonthlyBefore(20), tag, "Báo cáo trước ngày 20 hằng tháng");

        var request = new ListUpcomingDeadlinesRequest { WithinDays = 30, Filter = $"tags:\"{tag}\"" };
        var upcoming = (await focal.ListUpcomingDeadlinesAsync(request)).Deadlines;
        Assert.Equal([today.Name, soon.Name, monthly.Name, later.Name], upcoming.Select(u => u.Commitment.Name));
        Assert.Equal([0, 4, 18, 30], upcoming.Select(u => u.DaysLeft));
        Assert.Equal([Day(2026, 6, 1), Day(2026, 6, 5), Day(2026, 6, 19), Day(2026, 7, 1)], upcoming.Select(u => u.LastDay));

        // Page by page, the same sequence.
        var paged = new List<string>();
        var token = "";
        do
        {
            var page = await focal.ListUpcomingDeadlinesAsync(new ListUpcomingDeadlinesRequest { WithinDays = 30, Filter = request.Filter, PageSize = 3, PageToken = token });
            paged.AddRange(page.Deadlines.Select(u => u.Commitment.Name));
            token = page.NextPageToken;
        }
        while (token != "");
        Assert.Equal(upcoming.Select(u => u.Commitment.Name), paged);

        // Once June's report is in, the monthly one falls due on 19/7 (outside the window); done ones leave.
        await lead.ReportProgressAsync(new ReportProgressRequest { Name = monthly.Name, Report = new ProgressReport { Narrative = "Báo cáo tháng 6" } });
        await lead.RequestCompletionAsync(new RequestCompletionRequest { Name = soon.Name });
        await focal.AcceptCompletionAsync(new AcceptCompletionRequest { Name = soon.Name });
        Assert.Equal([today.Name, later.Name], (await focal.ListUpcomingDeadlinesAsync(request)).Deadlines.Select(u => u.Commitment.Name));

        // The window follows the local day: 17:00 UTC on 1/6 is 2/6 local; the one due on 1/6 has passed.
        registry.Clock.Now = At("2026-06-01T17:00:00Z");
        var tomorrow = (await focal.ListUpcomingDeadlinesAsync(new ListUpcomingDeadlinesRequest { WithinDays = 1, Filter = request.Filter })).Deadlines;
        Assert.Empty(tomorrow);
        // A partner that is no party sees none of them.
        Assert.Empty((await partner.ListUpcomingDeadlinesAsync(request)).Deadlines);
    }

    [Fact]
    public async Task Bad_arguments_name_their_field()
    {
        await RpcAssert.InvalidFieldAsync("within_days", async () => await focal.ListUpcomingDeadlinesAsync(new ListUpcomingDeadlinesRequest { WithinDays = 0 }));
        await RpcAssert.InvalidFieldAsync("within_days", async () => await focal.ListUpcomingDeadlinesAsync(new ListUpcomingDeadlinesRequest { WithinDays = 367 }));
        await RpcAssert.InvalidFieldAsync("filter", async () => await focal.ListUpcomingDeadlinesAsync(new ListUpcomingDeadlinesRequest { WithinDays = 5, Filter = "no_such_field = 1" }));
        await RpcAssert.InvalidFieldAsync("page_token", async () => await focal.ListUpcomingDeadlinesAsync(new ListUpcomingDeadlinesRequest { WithinDays = 5, PageToken = "x" }));
        await RpcAssert.InvalidFieldAsync("poll_interval", async () =>
        {
            using var call = focal.WatchDeadlines(new WatchDeadlinesRequest { WithinDays = 5, PollInterval = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(100)) });
            await call.ResponseStream.MoveNext(CancellationToken.None);
        });
    }

    [Fact]
    public async Task A_watch_sends_what_is_due_then_what_enters_the_window()
    {
        registry.Clock.Now = At("2026-06-01T01:00:00Z");
        const string tag = "watched";
        var first = await CreateAsync(OnOrBefore(2026, 6, 10), tag, "Đã có khi bắt đầu theo dõi");
        var outside = await CreateAsync(OnOrBefore(2026, 8, 10), tag, "Ngoài cửa sổ lúc đầu");

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var call = focal.WatchDeadlines(new WatchDeadlinesRequest
        {
            WithinDays = 14,
            Filter = $"tags:\"{tag}\"",
            PollInterval = Duration.FromTimeSpan(TimeSpan.FromSeconds(1)),
        }, cancellationToken: cancel.Token);
        async Task<UpcomingDeadline> NextAsync()
        {
            Assert.True(await call.ResponseStream.MoveNext(cancel.Token));
            return call.ResponseStream.Current.Deadline;
        }

        var initial = await NextAsync();
        Assert.Equal((first.Name, 9), (initial.Commitment.Name, initial.DaysLeft));

        // Created after the watch began.
        var created = await CreateAsync(OnOrBefore(2026, 6, 3), tag, "Giao sau khi bắt đầu theo dõi");
        var arrived = await NextAsync();
        Assert.Equal((created.Name, 2), (arrived.Commitment.Name, arrived.DaysLeft));

        // Changed while in the window: sent again, as it now stands.
        var reported = (await lead.ReportProgressAsync(new ReportProgressRequest { Name = first.Name, Report = new ProgressReport { Narrative = "Đang làm", PercentComplete = 50 } })).Commitment;
        var changed = await NextAsync();
        Assert.Equal((first.Name, 50, reported.Etag), (changed.Commitment.Name, changed.Commitment.PercentComplete, changed.Commitment.Etag));

        // Entering the window by the clock.
        registry.Clock.Now = At("2026-07-28T01:00:00Z");
        var byClock = await NextAsync();
        Assert.Equal((outside.Name, 13), (byClock.Commitment.Name, byClock.DaysLeft));

        cancel.Cancel();
        var ended = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(StatusCode.Cancelled, ended.StatusCode);
    }
}
