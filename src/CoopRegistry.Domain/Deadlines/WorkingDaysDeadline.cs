namespace CoopRegistry.Domain.Deadlines;

public abstract partial record Deadline
{
    /// <summary>
    /// "trong N ngày làm việc kể từ ngày D" (Law 70/2020 Art. 19: opinions within 7 working days).
    /// The start day does not count; weekends and the calendar's holidays are skipped. When only the
    /// event is known (<see cref="From"/> null) it stays open until the event is dated.
    /// </summary>
    public sealed record WithinWorkingDays(int Days, DateOnly? From, string? Event = null) : Deadline
    {
        public int Days { get; init; } = Days >= 1 ? Days : throw new ArgumentOutOfRangeException(nameof(Days));

        public override DateOnly? LastDay(WorkingCalendar? calendar = null)
        {
            if (From is not { } from)
                return null;
            if (calendar is null)
                throw new FailedPreconditionException("HOLIDAY_CALENDAR_MISSING", "public_holidays",
                    $"\"{Describe()}\" counts working days, so it needs the public-holiday calendar");
            return calendar.AddWorkingDays(from, Days);
        }

        public WithinWorkingDays Dated(DateOnly from) => this with { From = from };

        public override string Describe() => From is { } from
            ? $"trong {Days} ngày làm việc kể từ ngày {VietnameseDates.Format(from)}"
            : $"trong {Days} ngày làm việc kể từ khi {Event}";
    }
}
