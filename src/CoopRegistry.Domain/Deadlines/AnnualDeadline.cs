namespace CoopRegistry.Domain.Deadlines;

public abstract partial record Deadline
{
    /// <summary>
    /// "hằng năm": a duty due every calendar year (the Resolution 59 notice's international culture
    /// and sport events, organised "hằng năm"). Each year is its own period, its last day (31/12) on time.
    /// </summary>
    public sealed record Annual : Recurring
    {
        public override DateOnly PeriodOf(DateOnly day) => new(day.Year, 1, 1);

        public override DateOnly NextPeriod(DateOnly periodStart) => periodStart.AddYears(1);

        public override PeriodOccurrence OccurrenceOf(DateOnly periodStart, TimeZoneInfo zone)
        {
            var end = new DateOnly(periodStart.Year, 12, 31);
            return Due(new DateOnly(periodStart.Year, 1, 1), end, end, zone);
        }

        public override string Describe() => "hằng năm";
    }
}
