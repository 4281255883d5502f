namespace CoopRegistry.Server.Texts;

/// <summary>
/// Numbers, rates and dates as Vietnamese readers write them (shared/VIETNAMESE.md): dates
/// dd/MM/yyyy, "ngày 30 tháng 6 năm 2026" in running text, 1.234,5 and "66,7 %". Local days and
/// times are Asia/Ho_Chi_Minh.
/// </summary>
public static class PeopleFormat
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Month(DateOnly day) => day.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"ngày 30 tháng 6 năm 2026".</summary>
    public static string LongDate(DateOnly day) => $"ngày {day.Day:00} tháng {day.Month} năm {day.Year}";

    /// <summary>A UTC instant as the local day and time, "15/06/2026 17:00".</summary>
    public static string Instant(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, HomeTime.Zone);
        return local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
    }

    public static DateOnly LocalDay(DateTimeOffset instant) => LocalDays.DayOf(instant, HomeTime.Zone);

    /// <summary>A rate 0–1 as a percentage with one decimal: "66,7 %" (a no-break space, so the sign never starts a line).</summary>
    public static string Percent(double rate) => (rate * 100).ToString("0.0", Vietnamese) + "\u00A0%";

    public static string Number(int value) => value.ToString("#,##0", Vietnamese);
}
