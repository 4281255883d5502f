using CoopRegistry.Domain.Calendar;

namespace CoopRegistry.Domain.Tests.Deadlines;

public class WorkingDaysDeadlineTests
{
    private static readonly TimeZoneInfo Home = HomeTime.Zone;

    private static PublicHoliday Holiday(int y, int m, int d) =>
        new() { CountryCode = "VN", Date = new DateOnly(y, m, d), Kind = CalendarDayKind.Holiday, Name = "Tết Bính Ngọ" };

    // Tết 2026: Monday 16 to Friday 20 February.
    private static readonly WorkingCalendar Vietnam = new("VN",
        [Holiday(2026, 2, 16), Holiday(2026, 2, 17), Holiday(2026, 2, 18), Holiday(2026, 2, 19), Holiday(2026, 2, 20)]);

    [Fact]
    public void Seven_working_days_from_a_Wednesday_skip_one_weekend()
    {
        var deadline = DeadlineParser.Parse("trong 7 ngày làm việc kể từ ngày 04/3/2026");
        Assert.Equal(new DateOnly(2026, 3, 13), deadline.LastDay(Vietnam)); // Friday of the next week
    }

    [Fact]
    public void Seven_working_days_from_the_Friday_before_Tet_skip_Tet_and_three_weekends()
    {
        var deadline = DeadlineParser.Parse("trong 7 ngày làm việc kể từ ngày 13/02/2026");
        Assert.Equal(new DateOnly(2026, 3, 3), deadline.LastDay(Vietnam));
        Assert.False(deadline.IsOverdue(DateTimeOffset.Parse("2026-03-03T16:59:59Z"), Home, Vietnam));
        Assert.True(deadline.IsOverdue(DateTimeOffset.Parse("2026-03-03T17:00:00Z"), Home, Vietnam));
    }

    [Fact]
    public void An_undated_event_leaves_it_open_until_dated()
    {
        var deadline = Assert.IsType<Deadline.WithinWorkingDays>(DeadlineParser.Parse("trong 7 ngày làm việc kể từ khi nhận đủ hồ sơ"));
        Assert.Null(deadline.LastDay(Vietnam));
        Assert.False(deadline.IsOverdue(DateTimeOffset.Parse("2030-01-01T00:00:00Z"), Home, Vietnam));
        Assert.Equal(new DateOnly(2026, 3, 13), deadline.Dated(new DateOnly(2026, 3, 4)).LastDay(Vietnam));
    }

    [Fact]
    public void Counting_without_a_calendar_is_refused()
    {
        var deadline = DeadlineParser.Parse("trong 7 ngày làm việc kể từ ngày 04/3/2026");
        var error = Assert.Throws<FailedPreconditionException>(() => deadline.LastDay());
        Assert.Equal("HOLIDAY_CALENDAR_MISSING", error.Reason);
    }

    [Fact]
    public void Counting_in_a_year_the_calendar_lacks_is_refused()
    {
        var deadline = DeadlineParser.Parse("trong 7 ngày làm việc kể từ ngày 04/3/2027");
        Assert.Throws<FailedPreconditionException>(() => deadline.LastDay(Vietnam));
    }
}
