using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Date = Google.Type.Date;

namespace CoopRegistry.Web.Formatting;

/// <summary>
/// Dates and times as people read them here: dd/MM/yyyy, HH:mm, always in Asia/Ho_Chi_Minh (UTC+7,
/// no daylight saving), whatever the server's own zone; and a deadline as written beside its last day.
/// </summary>
public static class LocalTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static string Date(Date? date) =>
        date is null || date.Year == 0 ? "" : $"{date.Day:00}/{date.Month:00}/{date.Year:0000}";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Time(Timestamp? time) =>
        time is null ? "" : Local(time.ToDateTimeOffset()).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Today in the province's zone.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Local(time.GetUtcNow()).DateTime);

    /// <summary>The last instant of a local day: "as the registry stood on 30/06/2026" includes that whole day.</summary>
    public static Timestamp EndOfDay(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(23, 59, 59));
        return Timestamp.FromDateTimeOffset(new DateTimeOffset(local, Zone.GetUtcOffset(local)));
    }

    public static Date ToDate(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    public static Date ToDate(DateTime date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    /// <summary>The deadline's words as the document wrote them, and when it is read to end.</summary>
    public static (string Written, string LastDay) Deadline(Deadline? deadline) =>
        deadline is null ? ("", "") : (deadline.Text, Date(deadline.LastDay));
}
