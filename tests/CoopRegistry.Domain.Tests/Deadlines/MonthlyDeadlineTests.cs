using CoopRegistry.Domain.Calendar;

namespace CoopRegistry.Domain.Tests.Deadlines;

public class MonthlyDeadlineTests
{
    private static readonly TimeZoneInfo Home = HomeTime.Zone;

    private static Deadline.Monthly Monthly(string text) => Assert.IsType<Deadline.Monthly>(DeadlineParser.Parse(text));

    [Fact]
    public void Before_the_20th_of_every_month_covers_that_month_and_is_due_at_local_midnight_on_the_20th()
    {
        var may = Monthly("trước ngày 20 hằng tháng").For(2026, 5, Home);
        Assert.Equal(new DateOnly(2026, 5, 1), may.PeriodStart);
        Assert.Equal(new DateOnly(2026, 5, 31), may.PeriodEnd);
        Assert.Equal(new DateOnly(2026, 5, 19), may.LastDay);
        Assert.Equal(DateTimeOffset.Parse("2026-05-19T17:00:00Z"), may.OverdueFrom);
    }

    [Theory]
    [InlineData(2026, 2, "2026-02-28")] // clamped to February's last day
    [InlineData(2028, 2, "2028-02-29")] // leap year
    [InlineData(2026, 4, "2026-04-30")]
    [InlineData(2026, 1, "2026-01-31")]
    public void Day_31_every_month_is_clamped_to_the_month_end(int year, int month, string last)
    {
        var occurrence = Monthly("chậm nhất ngày 31 hằng tháng").For(year, month, Home);
        Assert.Equal(DateOnly.Parse(last), occurrence.LastDay);
    }

    [Fact]
    public void Before_the_31st_in_February_is_before_its_last_day()
    {
        Assert.Equal(new DateOnly(2026, 2, 27), Monthly("trước ngày 31 hằng tháng").For(2026, 2, Home).LastDay);
    }

    [Fact]
    public void Monthly_without_a_day_is_due_by_the_month_end_including_December()
    {
        var december = Monthly("định kỳ hằng tháng").For(2026, 12, Home);
        Assert.Equal(new DateOnly(2026, 12, 31), december.LastDay);
        Assert.Equal(DateTimeOffset.Parse("2026-12-31T17:00:00Z"), december.OverdueFrom);
    }

    [Theory]
    [InlineData("2026-05-31T16:59:59Z", 5)] // 23:59:59 on 31/5 local
    [InlineData("2026-05-31T17:00:00Z", 6)] // 00:00 on 1/6 local
    public void The_current_occurrence_follows_the_local_month(string now, int month)
    {
        var occurrence = Monthly("trước ngày 25 hằng tháng").At(DateTimeOffset.Parse(now), Home);
        Assert.Equal((2026, month), (occurrence.Year, occurrence.Month));
        Assert.Equal(new DateOnly(2026, month, 24), occurrence.LastDay);
    }
}
