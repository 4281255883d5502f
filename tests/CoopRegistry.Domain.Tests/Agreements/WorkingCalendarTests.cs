using CoopRegistry.Domain.Calendar;

namespace CoopRegistry.Domain.Tests.Agreements;

public class WorkingCalendarTests
{
    private static PublicHoliday Day(string date, CalendarDayKind kind = CalendarDayKind.Holiday) =>
        new() { CountryCode = "VN", Date = DateOnly.Parse(date), Kind = kind, Name = "test" };

    // A slice of seeds/holidays.json: Tết Bính Ngọ 2026 (16–20 Feb), Giỗ Tổ 2026 with its Monday
    // compensation, 30/4–1/5 2026, and the 2025 swap (Friday 2 May off, Saturday 26 April worked).
    private static readonly WorkingCalendar Vietnam = new("VN",
    [
        Day("2026-02-16"), Day("2026-02-17"), Day("2026-02-18"), Day("2026-02-19"), Day("2026-02-20"),
        Day("2026-04-26"), Day("2026-04-27", CalendarDayKind.DayOff), Day("2026-04-30"), Day("2026-05-01"),
        Day("2025-04-26", CalendarDayKind.WorkingDay), Day("2025-04-30"), Day("2025-05-01"), Day("2025-05-02", CalendarDayKind.DayOff),
        Day("2025-01-01"), Day("2026-01-01"),
        new PublicHoliday { CountryCode = "LA", Date = new DateOnly(2026, 3, 3), Kind = CalendarDayKind.Holiday, Name = "another country" },
    ]);

    [Theory]
    [InlineData("2026-03-02", "2026-03-11")] // Monday, no holiday: the next week's Wednesday (one weekend skipped)
    [InlineData("2026-03-06", "2026-03-17")] // Friday: two weekends skipped
    [InlineData("2026-02-13", "2026-03-03")] // Friday before Tết: the whole break and three weekends skipped
    [InlineData("2026-04-24", "2026-05-08")] // Friday before Giỗ Tổ's compensation day and 30/4–1/5
    [InlineData("2025-04-23", "2025-05-06")] // the Saturday worked (26/4/2025) counts, the swapped Friday does not
    public void Opinions_are_due_seven_working_days_after_the_dossier(string dossier, string due)
    {
        Assert.Equal(DateOnly.Parse(due), Vietnam.AddWorkingDays(DateOnly.Parse(dossier), 7));
    }

    [Fact]
    public void Weekends_holidays_and_swaps_are_not_working_days_and_other_countries_do_not_count()
    {
        Assert.False(Vietnam.IsWorkingDay(new DateOnly(2026, 3, 7))); // Saturday
        Assert.False(Vietnam.IsWorkingDay(new DateOnly(2026, 3, 8))); // Sunday
        Assert.False(Vietnam.IsWorkingDay(new DateOnly(2026, 2, 17))); // Tết
        Assert.False(Vietnam.IsWorkingDay(new DateOnly(2025, 5, 2))); // swapped Friday
        Assert.True(Vietnam.IsWorkingDay(new DateOnly(2025, 4, 26))); // Saturday worked
        Assert.True(Vietnam.IsWorkingDay(new DateOnly(2026, 3, 3))); // a Lao holiday only
        Assert.Equal("VN", Vietnam.CountryCode);
    }

    [Fact]
    public void Refuses_to_count_in_a_year_it_has_no_holidays_for()
    {
        var error = Assert.Throws<FailedPreconditionException>(() => Vietnam.AddWorkingDays(new DateOnly(2030, 12, 20), 7));
        Assert.Equal("HOLIDAY_CALENDAR_MISSING", error.Reason);
        Assert.Contains("2030", error.Message);
    }
}
