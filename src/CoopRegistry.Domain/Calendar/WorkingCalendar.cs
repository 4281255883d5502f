namespace CoopRegistry.Domain.Calendar;

/// <summary>
/// Working days of one country: Monday to Friday, except its public holidays and days off, plus the
/// weekend days worked in exchange. Counts are refused for years the calendar does not cover, since
/// a missing Tết would silently move every deadline.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, CalendarDayKind> days;
    private readonly HashSet<int> years;

    public WorkingCalendar(string countryCode, IEnumerable<PublicHoliday> calendar, IEnumerable<int>? coveredYears = null)
    {
        CountryCode = countryCode;
        var own = calendar.Where(d => d.CountryCode == countryCode).ToList();
        days = own.GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.First().Kind);
        years = [.. coveredYears ?? own.Select(d => d.Date.Year)];
    }

    public string CountryCode { get; }

    public IReadOnlySet<int> CoveredYears => years;

    public bool IsWorkingDay(DateOnly date)
    {
        DemandCovered(date);
        if (days.TryGetValue(date, out var kind))
            return kind == CalendarDayKind.WorkingDay;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="start"/> (the start day itself never counts).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var date = start;
        for (var counted = 0; counted < count;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
                counted++;
        }
        return date;
    }

    private void DemandCovered(DateOnly date)
    {
        if (!years.Contains(date.Year))
            throw new FailedPreconditionException("HOLIDAY_CALENDAR_MISSING", $"public_holidays/{CountryCode}/{date.Year}",
                $"the registry has no public holidays of {CountryCode} for {date.Year}, so working days cannot be counted; add them to seeds/holidays.json");
    }
}
