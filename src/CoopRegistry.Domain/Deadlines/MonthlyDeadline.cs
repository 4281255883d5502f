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

public abstract partial record Deadline
{
    /// <summary>
    /// A report or task due every month. The documents' "before the 20th of every month, report the
    /// month's results" makes each month its own period, due within that same month. Day N beyond a
    /// month's length (31 in February) is clamped to the month's last day, then the rule applies.
    /// </summary>
    public sealed record Monthly(MonthlyDay Rule, int Day = 0) : Recurring
    {
        // A fixed day is 1..31 (2..31 for "before"); no fixed day is written 0.
        public int Day { get; init; } = Rule switch
        {
            MonthlyDay.None when Day == 0 => 0,
            MonthlyDay.OnOrBefore when Day is >= 1 and <= 31 => Day,
            MonthlyDay.Before when Day is >= 2 and <= 31 => Day,
            _ => throw new ArgumentOutOfRangeException(nameof(Day)),
        };

        public override DateOnly PeriodOf(DateOnly day) => new(day.Year, day.Month, 1);

        public override DateOnly NextPeriod(DateOnly periodStart) => periodStart.AddMonths(1);

        public override PeriodOccurrence OccurrenceOf(DateOnly periodStart, TimeZoneInfo zone) => For(periodStart.Year, periodStart.Month, zone);

        public PeriodOccurrence For(int year, int month, TimeZoneInfo zone)
        {
            var monthEnd = DateTime.DaysInMonth(year, month);
            var day = Math.Min(Day, monthEnd);
            var lastDay = Rule switch
            {
                MonthlyDay.Before => new DateOnly(year, month, day).AddDays(-1),
                MonthlyDay.OnOrBefore => new DateOnly(year, month, day),
                _ => new DateOnly(year, month, monthEnd),
            };
            return Due(new DateOnly(year, month, 1), new DateOnly(year, month, monthEnd), lastDay, zone);
        }

        public override string Describe() => Rule switch
        {
            MonthlyDay.Before => $"trước ngày {Day} hằng tháng",
            MonthlyDay.OnOrBefore => $"chậm nhất ngày {Day} hằng tháng",
            _ => "định kỳ hằng tháng",
        };
    }
}
