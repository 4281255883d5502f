namespace CoopRegistry.Data.Queries;

/// <summary>A run of days as the fewest whole years, then months, then days: the grains of registry.fulfilment_due_cells.</summary>
internal static class DayCells
{
    /// <summary>'y', 'm' or 'd' with the cell's first day; none when <paramref name="last"/> is before <paramref name="first"/>.</summary>
    public static IEnumerable<(char Grain, DateOnly Period)> Of(DateOnly first, DateOnly last)
    {
        var day = first;
        while (day <= last)
        {
            var (grain, next) = day switch
            {
                { Month: 1, Day: 1 } when Ends(day, 12, last) => ('y', day.AddYears(1)),
                { Day: 1 } when Ends(day, 1, last) => ('m', day.AddMonths(1)),
                _ => ('d', day.DayNumber < DateOnly.MaxValue.DayNumber ? day.AddDays(1) : day),
            };
            yield return (grain, day);
            if (next == day)
                yield break;
            day = next;
        }
    }

    // Whether the cell of `months` months from `day` ends on or before `last` (without passing the calendar's end).
    private static bool Ends(DateOnly day, int months, DateOnly last) =>
        day.Year < DateOnly.MaxValue.Year && day.AddMonths(months).AddDays(-1) <= last;
}
