using CoopRegistry.Contracts.V1;
using static CoopRegistry.Server.Tests.Commitments.LifecycleFixture;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>
/// Issue 20: ListUpcomingDeadlines filters and pages in SQL on the listing engine's keyset (last
/// day, then name): page after page, every commitment of the window once, in order, with a filter
/// and with a recurring duty among dated ones; a token is bound to its filter and window.
/// </summary>
public class DeadlinePagingTests(LifecycleFixture registry) : IClassFixture<LifecycleFixture>
{
    private readonly CommitmentService.CommitmentServiceClient focal = registry.Client(FocalPoint);

    private async Task<Commitment> CreateAsync(Deadline deadline, string tag, string task, bool key = false)
    {
        var request = Commitment(deadline, tag, task);
        request.KeyTask = key;
        return (await focal.CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = request })).Commitment;
    }

    private async Task<List<UpcomingDeadline>> AllPagesAsync(string filter, int within, int pageSize)
    {
        var all = new List<UpcomingDeadline>();
        var token = "";
        var pages = 0;
        do
        {
            var page = await focal.ListUpcomingDeadlinesAsync(new ListUpcomingDeadlinesRequest { WithinDays = within, Filter = filter, PageSize = pageSize, PageToken = token });
            Assert.True(page.Deadlines.Count <= pageSize);
            all.AddRange(page.Deadlines);
            token = page.NextPageToken;
            pages++;
        }
        while (token != "" && pages < 100);
        return all;
    }

    [Fact]
    public async Task Page_after_page_every_deadline_once_in_order_with_filters()
    {
        registry.Clock.Now = At("2026-09-01T01:00:00Z"); // 08:00 on 1/9/2026 local
        const string tag = "trang-han";
        var created = new List<(Commitment Commitment, DateOnly LastDay)>();
        // Three on each of four days (ties broken by name), every other one a key task.
        for (var i = 0; i < 12; i++)
        {
            var day = new DateOnly(2026, 9, 3 + 4 * (i % 4));
            created.Add((await CreateAsync(OnOrBefore(day.Year, day.Month, day.Day), tag, $"Hạn {day:dd/MM} số {i}", key: i % 2 == 0), day));
        }
        // A monthly duty before the 10th falls due on 9/9; one past the window and one overdue stay out.
        created.Add((await CreateAsync(MonthlyBefore(10), tag, "Báo cáo trước ngày 10 hằng tháng", key: true), new DateOnly(2026, 9, 9)));
        await CreateAsync(OnOrBefore(2026, 10, 30), tag, "Ngoài cửa sổ");
        await CreateAsync(OnOrBefore(2026, 8, 30), tag, "Đã quá hạn");

        var expected = created.OrderBy(c => c.LastDay).ThenBy(c => c.Commitment.Name, StringComparer.Ordinal).ToList();
        foreach (var size in new[] { 1, 2, 5, 13, 50 })
        {
            var paged = await AllPagesAsync($"tags:\"{tag}\"", 30, size);
            Assert.Equal(expected.Select(c => c.Commitment.Name), paged.Select(u => u.Commitment.Name));
            Assert.Equal(expected.Select(c => c.LastDay.DayNumber - new DateOnly(2026, 9, 1).DayNumber), paged.Select(u => u.DaysLeft));
        }

        // With a narrower filter and window: only what both keep, in the same order.
        var keyOnly = await AllPagesAsync($"tags:\"{tag}\" AND key_task = true", 10, 2);
        Assert.Equal(
            expected.Where(c => c.Commitment.KeyTask && c.LastDay <= new DateOnly(2026, 9, 11)).Select(c => c.Commitment.Name),
            keyOnly.Select(u => u.Commitment.Name));
        Assert.NotEmpty(keyOnly);

        // A token answers only the listing it came from.
        var first = await focal.ListUpcomingDeadlinesAsync(new ListUpcomingDeadlinesRequest { WithinDays = 30, Filter = $"tags:\"{tag}\"", PageSize = 2 });
        await RpcAssert.InvalidFieldAsync("page_token", async () => await focal.ListUpcomingDeadlinesAsync(
            new ListUpcomingDeadlinesRequest { WithinDays = 30, Filter = $"tags:\"{tag}\" AND key_task = true", PageSize = 2, PageToken = first.NextPageToken }));
        await RpcAssert.InvalidFieldAsync("page_token", async () => await focal.ListUpcomingDeadlinesAsync(
            new ListUpcomingDeadlinesRequest { WithinDays = 10, Filter = $"tags:\"{tag}\"", PageSize = 2, PageToken = first.NextPageToken }));
    }
}
