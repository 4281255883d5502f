using CoopRegistry.Domain.Calendar;

namespace CoopRegistry.Domain.Tests.Deadlines;

/// <summary>Deadlines are local calendar days in Asia/Ho_Chi_Minh (UTC+7), judged at their edges.</summary>
public class DeadlineEvaluationTests
{
    private static readonly TimeZoneInfo Home = HomeTime.Zone;

    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant + "Z");

    [Theory]
    [InlineData("2026-06-30T16:59:59", false)] // 23:59:59 on 30/6 local
    [InlineData("2026-06-30T17:00:00", true)] // 00:00 on 1/7 local
    [InlineData("2026-06-30T00:00:00", false)] // UTC midnight is not the edge
    public void No_later_than_30_June_is_overdue_from_local_midnight(string utc, bool overdue)
    {
        var deadline = DeadlineParser.Parse("chậm nhất ngày 30/6/2026");
        Assert.Equal(Utc("2026-06-30T17:00:00"), deadline.OverdueFrom(Home));
        Assert.Equal(overdue, deadline.IsOverdue(Utc(utc), Home));
    }

    [Theory]
    [InlineData("2026-05-19T16:59:59", false)]
    [InlineData("2026-05-19T17:00:00", true)]
    public void Before_20_May_is_overdue_from_local_midnight_on_the_20th(string utc, bool overdue)
    {
        var deadline = DeadlineParser.Parse("trước ngày 20/5/2026");
        Assert.Equal(new DateOnly(2026, 5, 19), deadline.LastDay());
        Assert.Equal(new DateOnly(2026, 5, 20), deadline.FirstOverdueDay());
        Assert.Equal(overdue, deadline.IsOverdue(Utc(utc), Home));
    }

    [Fact]
    public void The_same_instant_is_judged_by_the_given_zone()
    {
        var deadline = new Deadline.OnOrBefore(new DateOnly(2026, 6, 30));
        var utcZone = TimeZoneInfo.Utc;
        Assert.False(deadline.IsOverdue(Utc("2026-06-30T20:00:00"), utcZone));
        Assert.True(deadline.IsOverdue(Utc("2026-06-30T20:00:00"), Home));
    }

    [Theory]
    [InlineData(2026, 2, "2026-02-28")]
    [InlineData(2028, 2, "2028-02-29")] // leap year
    [InlineData(2100, 2, "2100-02-28")] // century, not a leap year
    [InlineData(2026, 4, "2026-04-30")]
    [InlineData(2026, 12, "2026-12-31")]
    public void Within_a_month_ends_on_its_last_day(int year, int month, string last)
    {
        var deadline = new Deadline.WithinMonth(year, month);
        Assert.Equal(DateOnly.Parse(last), deadline.LastDay());
        var edge = DeadlineParser.Parse($"trong tháng {month}/{year}").OverdueFrom(Home)!.Value;
        Assert.Equal(DateOnly.Parse(last).AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-7), edge.UtcDateTime);
    }

    [Theory]
    [InlineData(1, "2026-03-31")]
    [InlineData(2, "2026-06-30")]
    [InlineData(3, "2026-09-30")]
    [InlineData(4, "2026-12-31")]
    public void Quarters_end_on_their_last_day(int quarter, string last)
    {
        Assert.Equal(DateOnly.Parse(last), new Deadline.WithinQuarter(2026, quarter).LastDay());
    }

    [Fact]
    public void Quarter_four_is_overdue_from_local_new_year()
    {
        var deadline = DeadlineParser.Parse("trong quý IV/2026");
        Assert.False(deadline.IsOverdue(Utc("2026-12-31T16:59:59"), Home));
        Assert.True(deadline.IsOverdue(Utc("2026-12-31T17:00:00"), Home));
    }

    [Fact]
    public void Leap_day_is_a_deadline_in_a_leap_year()
    {
        var deadline = DeadlineParser.Parse("chậm nhất ngày 29/2/2028");
        Assert.Equal(new DateOnly(2028, 3, 1), deadline.FirstOverdueDay());
        Assert.Equal(Utc("2028-02-29T17:00:00"), deadline.OverdueFrom(Home));
    }

    [Fact]
    public void Tentative_shows_its_expected_day_but_is_never_overdue()
    {
        var deadline = DeadlineParser.Parse("dự kiến trong tháng 10/2025");
        Assert.Equal(new DateOnly(2025, 10, 31), deadline.LastDay());
        Assert.False(deadline.IsFirm);
        Assert.False(deadline.IsOverdue(Utc("2027-01-01T00:00:00"), Home));
    }

    [Theory]
    [InlineData("ngay sau dịp Quốc khánh 02/9/2025")]
    [InlineData("sau khi Ban Thường vụ Tỉnh ủy giao biên chế")]
    [InlineData("thường xuyên")]
    [InlineData("định kỳ hằng tháng")]
    public void Open_soft_recurring_and_ongoing_deadlines_have_no_single_overdue_instant(string text)
    {
        var deadline = DeadlineParser.Parse(text);
        Assert.Null(deadline.LastDay());
        Assert.Null(deadline.OverdueFrom(Home));
        Assert.False(deadline.IsOverdue(Utc("2030-01-01T00:00:00"), Home));
    }
}
