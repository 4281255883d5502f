namespace CoopRegistry.Domain.Deadlines;

public abstract partial record Deadline
{
    /// <summary>"chậm nhất ngày D": D itself is still on time.</summary>
    public sealed record OnOrBefore(DateOnly Date) : Deadline
    {
        public override DateOnly? LastDay(WorkingCalendar? calendar = null) => Date;
        public override string Describe() => $"chậm nhất ngày {VietnameseDates.Format(Date)}";
    }

    /// <summary>"trước ngày D": D itself is already late.</summary>
    public sealed record Before(DateOnly Date) : Deadline
    {
        public override DateOnly? LastDay(WorkingCalendar? calendar = null) => Date.AddDays(-1);
        public override string Describe() => $"trước ngày {VietnameseDates.Format(Date)}";
    }

    /// <summary>"trong tháng M/Y": the month's last day is still on time.</summary>
    public sealed record WithinMonth(int Year, int Month) : Deadline
    {
        // The parser refuses bad months with INVALID_ARGUMENT; this guards code that builds one directly.
        public int Month { get; init; } = Month is >= 1 and <= 12 ? Month : throw new ArgumentOutOfRangeException(nameof(Month));

        public override DateOnly? LastDay(WorkingCalendar? calendar = null) =>
            new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month));
        public override string Describe() => $"trong tháng {Month}/{Year}";
    }

    /// <summary>"trong quý II/Y": the quarter's last day (30/6, 31/12, …) is still on time.</summary>
    public sealed record WithinQuarter(int Year, int Quarter) : Deadline
    {
        public int Quarter { get; init; } = Quarter is >= 1 and <= 4 ? Quarter : throw new ArgumentOutOfRangeException(nameof(Quarter));

        public override DateOnly? LastDay(WorkingCalendar? calendar = null) =>
            new DateOnly(Year, Quarter * 3, 1).AddMonths(1).AddDays(-1);
        public override string Describe() => $"trong quý {VietnameseDates.Quarter(Quarter)}/{Year}";
    }
}
