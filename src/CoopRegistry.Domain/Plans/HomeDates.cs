namespace CoopRegistry.Domain.Plans;

/// <summary>Calendar dates as the home provinces count them (Asia/Ho_Chi_Minh, UTC+7).</summary>
public static class HomeDates
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>Today's date in the home province at the UTC instant <paramref name="utcNow"/>.</summary>
    public static DateOnly Today(DateTime utcNow) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc), Zone));
}
