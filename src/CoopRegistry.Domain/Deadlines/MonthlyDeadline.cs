using CoopRegistry.Domain.Calendar;

namespace CoopRegistry.Domain.Deadlines;

/// <summary>How a monthly deadline treats its day N.</summary>
public enum MonthlyDay
{
    /// <summary>"định kỳ hằng tháng": no fixed day, the month's last day is on time.</summary>
    None,
    /// <summary>"trước ngày N hằng tháng": day N is late.</summary>
    Before,
    /// <summary>"chậm nhất ngày N hằng tháng": day N is on time.</summary>
    OnOrBefore,
}

/// <summary>One month's occurrence of a recurring deadline: the month it covers and when it is due.</summary>
public sealed record MonthlyOccurrence(int Year, int Month, DateOnly LastDay, DateTimeOffset OverdueFrom)
{
    public DateOnly PeriodStart => new(Year, Month, 1);
    public DateOnly PeriodEnd => new(Year, Month, DateTime.DaysInMonth(Year, Month));
}

public abstract partial record Deadline
{
    /// <summary>
    /// A report or task due every month. The documents' "before the 20th of every month, report the
    /// month's results" makes each month its own period, due within that same month. Day N beyond a
    /// month's length (31 in February) is clamped to the month's last day, then the rule applies.
    /// </summary>
    public sealed record Monthly(MonthlyDay Rule, int Day = 0) : Deadline
    {
        // A fixed day is 1..31 (2..31 for "before"); no fixed day is written 0.
        public int Day { get; init; } = Rule switch
        {
            MonthlyDay.None when Day == 0 => 0,
            MonthlyDay.OnOrBefore when Day is >= 1 and <= 31 => Day,
            MonthlyDay.Before when Day is >= 2 and <= 31 => Day,
            _ => throw new ArgumentOutOfRangeException(nameof(Day)),
        };

        /// <summary>No single last day: each occurrence has its own.</summary>
        public override DateOnly? LastDay(WorkingCalendar? calendar = null) => null;

        public MonthlyOccurrence For(int year, int month, TimeZoneInfo zone)
        {
            var monthEnd = DateTime.DaysInMonth(year, month);
            var day = Math.Min(Day, monthEnd);
            var lastDay = Rule switch
            {
                MonthlyDay.Before => new DateOnly(year, month, day).AddDays(-1),
                MonthlyDay.OnOrBefore => new DateOnly(year, month, day),
                _ => new DateOnly(year, month, monthEnd),
            };
            return new MonthlyOccurrence(year, month, lastDay, LocalDays.StartOf(lastDay.AddDays(1), zone));
        }

        /// <summary>The occurrence of the local month <paramref name="now"/> falls in.</summary>
        public MonthlyOccurrence At(DateTimeOffset now, TimeZoneInfo zone)
        {
            var today = LocalDays.DayOf(now, zone);
            return For(today.Year, today.Month, zone);
        }

        public override string Describe() => Rule switch
        {
            MonthlyDay.Before => $"trước ngày {Day} hằng tháng",
            MonthlyDay.OnOrBefore => $"chậm nhất ngày {Day} hằng tháng",
            _ => "định kỳ hằng tháng",
        };
    }
}
