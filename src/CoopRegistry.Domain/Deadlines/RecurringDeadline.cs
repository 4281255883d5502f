namespace CoopRegistry.Domain.Deadlines;

/// <summary>One period's occurrence of a recurring deadline: the period it covers and when it is due.</summary>
public sealed record PeriodOccurrence(DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly LastDay, DateTimeOffset OverdueFrom)
{
    public int Year => PeriodStart.Year;
    public int Month => PeriodStart.Month;
}

public abstract partial record Deadline
{
    /// <summary>
    /// A duty due again every period (a month, a year). It is never overdue as a whole and has no
    /// single last day: each period is its own occurrence, met or missed by the reports covering it
    /// (see <c>Occurrences</c>). Each occurrence is due within the period it covers.
    /// </summary>
    public abstract record Recurring : Deadline
    {
        // Only the forms of this assembly recur; the set stays closed as Deadline's is.
        private protected Recurring() { }

        public sealed override DateOnly? LastDay(WorkingCalendar? calendar = null) => null;

        /// <summary>The first day of the period <paramref name="day"/> falls in.</summary>
        public abstract DateOnly PeriodOf(DateOnly day);

        /// <summary>The first day of the period after the one starting on <paramref name="periodStart"/>.</summary>
        public abstract DateOnly NextPeriod(DateOnly periodStart);

        /// <summary>The occurrence of the period starting on <paramref name="periodStart"/>.</summary>
        public abstract PeriodOccurrence OccurrenceOf(DateOnly periodStart, TimeZoneInfo zone);

        /// <summary>The occurrence of the local period <paramref name="now"/> falls in.</summary>
        public PeriodOccurrence At(DateTimeOffset now, TimeZoneInfo zone) => OccurrenceOf(PeriodOf(LocalDays.DayOf(now, zone)), zone);

        /// <summary>An occurrence whose last on-time day is <paramref name="lastDay"/>: overdue from 00:00 local the day after.</summary>
        private protected static PeriodOccurrence Due(DateOnly start, DateOnly end, DateOnly lastDay, TimeZoneInfo zone) =>
            new(start, end, lastDay, LocalDays.StartOf(lastDay.AddDays(1), zone));
    }
}
