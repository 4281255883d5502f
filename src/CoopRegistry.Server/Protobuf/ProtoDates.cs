using Google.Protobuf.WellKnownTypes;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Protobuf;

/// <summary>Calendar dates (google.type.Date) and instants (Timestamp) to and from the domain's types.</summary>
public static class ProtoDates
{
    /// <summary>Null for an unset date (or all zeros); INVALID_ARGUMENT on <paramref name="field"/> for an impossible one.</summary>
    public static DateOnly? ToDateOnly(this Date? date, string field)
    {
        if (date is null || (date.Year == 0 && date.Month == 0 && date.Day == 0))
            return null;
        if (date.Year is < 1900 or > 2200 || date.Month is < 1 or > 12 || date.Day < 1 || date.Day > DateTime.DaysInMonth(date.Year, date.Month))
            throw new InvalidArgumentException(field, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2} is not a calendar date between 1900 and 2200");
        return new DateOnly(date.Year, date.Month, date.Day);
    }

    public static Date? ToProto(this DateOnly? date) =>
        date is { } d ? new Date { Year = d.Year, Month = d.Month, Day = d.Day } : null;

    public static Date ToProto(this DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    public static Timestamp? ToProto(this DateTime? instant) =>
        instant is { } i ? Timestamp.FromDateTime(DateTime.SpecifyKind(i, DateTimeKind.Utc)) : null;

    public static Timestamp ToProto(this DateTime instant) => Timestamp.FromDateTime(DateTime.SpecifyKind(instant, DateTimeKind.Utc));
}
