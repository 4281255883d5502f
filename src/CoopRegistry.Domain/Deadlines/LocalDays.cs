namespace CoopRegistry.Domain.Deadlines;

/// <summary>Local calendar days of a time zone, as instants (the home provinces' zone: <see cref="Calendar.HomeTime"/>).</summary>
public static class LocalDays
{
    /// <summary>00:00 local time on <paramref name="day"/>, as an instant (UTC offset).</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A zone whose clocks jump over midnight starts that day at the first valid minute.
        while (zone.IsInvalidTime(local))
            local = local.AddMinutes(30);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    /// <summary>The local day an instant falls on.</summary>
    public static DateOnly DayOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
