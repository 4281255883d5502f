using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>ParseDeadline through gRPC, and deadlines read on create: phrases with and without diacritics, working days with the home country's holidays.</summary>
public class ParseDeadlineTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    private readonly CommitmentService.CommitmentServiceClient commitments = registry.Commitments;

    [Theory]
    [InlineData("chậm nhất ngày 30/6/2026", "chậm nhất ngày 30/6/2026", 2026, 6, 30)]
    [InlineData("cham nhat ngay 30/6/2026", "chậm nhất ngày 30/6/2026", 2026, 6, 30)]
    [InlineData("trước ngày 15/5/2026", "trước ngày 15/5/2026", 2026, 5, 14)]
    [InlineData("trong quy II/2026", "trong quý II/2026", 2026, 6, 30)]
    public async Task ParseDeadline_reads_phrases_with_and_without_diacritics(string text, string canonical, int year, int month, int day)
    {
        var deadline = (await commitments.ParseDeadlineAsync(new ParseDeadlineRequest { Text = text })).Deadline;
        Assert.Equal(canonical, deadline.Text);
        Assert.Equal(new Date { Year = year, Month = month, Day = day }, deadline.LastDay);
        Assert.True(deadline.Firm);
        var overdue = new DateTime(year, month, day, 17, 0, 0, DateTimeKind.Utc);
        Assert.Equal(Timestamp.FromDateTime(overdue), deadline.OverdueTime);
    }

    [Fact]
    public async Task ParseDeadline_dates_working_days_from_the_given_day_and_refuses_what_it_cannot_read()
    {
        var working = (await commitments.ParseDeadlineAsync(new ParseDeadlineRequest
        {
            Text = "trong vòng 7 ngày làm việc kể từ khi nhận đủ hồ sơ",
            FromDate = new Date { Year = 2026, Month = 2, Day = 13 },
        })).Deadline;
        // Friday 13/2/2026, before Tết Bính Ngọ: three weekends and the Tết break are skipped.
        Assert.Equal(new Date { Year = 2026, Month = 3, Day = 3 }, working.LastDay);
        Assert.Equal(7, working.WithinWorkingDays.Days);

        var tentative = (await commitments.ParseDeadlineAsync(new ParseDeadlineRequest { Text = "dự kiến trong tháng 10/2025" })).Deadline;
        Assert.False(tentative.Firm);
        Assert.Null(tentative.OverdueTime);

        var violation = await RpcAssert.InvalidFieldAsync("text", async () => await commitments.ParseDeadlineAsync(new ParseDeadlineRequest { Text = "sớm nhất có thể" }));
        Assert.NotEmpty(violation.Description);
    }

    [Fact]
    public async Task A_working_day_deadline_is_counted_with_the_home_countrys_holidays()
    {
        var commitment = registry.Complete();
        commitment.Deadline = new Deadline
        {
            WithinWorkingDays = new WorkingDaysDeadline { Days = 7, FromDate = new Date { Year = 2026, Month = 2, Day = 13 }, Event = "nhận đủ hồ sơ" },
        };
        var created = await registry.CreateAsync(commitment);
        Assert.Equal(new Date { Year = 2026, Month = 3, Day = 3 }, created.Deadline.LastDay);
        Assert.Equal("trong 7 ngày làm việc kể từ ngày 13/2/2026", created.Deadline.Text);
    }
}
