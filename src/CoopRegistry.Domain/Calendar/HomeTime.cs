namespace CoopRegistry.Domain.Calendar;

/// <summary>
/// The home provinces' clock: Vietnam's time, Asia/Ho_Chi_Minh (UTC+7, no daylight saving; the IANA
/// id, as on Linux). "Today" for every rule that needs one, and the zone of local-day arithmetic.
/// </summary>
public static class HomeTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>Today's date in the home province at the UTC instant <paramref name="utcNow"/> (read as UTC whatever its Kind).</summary>
    public static DateOnly Today(DateTime utcNow) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc), Zone));
}
