namespace CoopRegistry.Domain.Deadlines;

/// <summary>
/// A deadline as the documents write it. The subtypes nested in this record are the whole set (the
/// constructor is private). Days are calendar days in the home province's time zone: a deadline
/// becomes overdue at 00:00 local time on its first overdue day, never at UTC midnight.
/// </summary>
public abstract partial record Deadline
{
    private Deadline() { }

    /// <summary>The last local day on which meeting it is on time; null when no fixed day exists yet.</summary>
    /// <param name="calendar">Needed only by working-day deadlines.</param>
    public abstract DateOnly? LastDay(WorkingCalendar? calendar = null);

    /// <summary>Tentative and soft deadlines show an expected day but are never overdue.</summary>
    public virtual bool IsFirm => true;

    /// <summary>The first local day that is late (for "before D", D itself).</summary>
    public DateOnly? FirstOverdueDay(WorkingCalendar? calendar = null) => LastDay(calendar)?.AddDays(1);

    /// <summary>The instant it becomes overdue: 00:00 local on <see cref="FirstOverdueDay"/>.</summary>
    public DateTimeOffset? OverdueFrom(TimeZoneInfo zone, WorkingCalendar? calendar = null) =>
        FirstOverdueDay(calendar) is { } day ? LocalDays.StartOf(day, zone) : null;

    /// <summary>
    /// Whether a firm deadline has passed at <paramref name="now"/>. Recurring deadlines answer false:
    /// each month is its own occurrence, judged by the reports received (see <see cref="Monthly.For"/>).
    /// </summary>
    public bool IsOverdue(DateTimeOffset now, TimeZoneInfo zone, WorkingCalendar? calendar = null) =>
        IsFirm && OverdueFrom(zone, calendar) is { } from && now >= from;

    /// <summary>The canonical Vietnamese phrase; <see cref="DeadlineParser.Parse"/> reads it back.</summary>
    public abstract string Describe();

    public sealed override string ToString() => Describe();
}
