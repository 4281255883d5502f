using CoopRegistry.Domain.Calendar;
using CoopRegistry.Domain.Deadlines;

namespace CoopRegistry.Domain.Commitments;

/// <summary>A report as the occurrence rule sees it: the period it covers, when it arrived, its name.</summary>
public sealed record OccurrenceReport(DateOnly PeriodStart, DateOnly PeriodEnd, DateTimeOffset ReportTime, string Name)
{
    public static OccurrenceReport Of(ProgressReport report) => new(
        report.PeriodStart,
        report.PeriodEnd,
        new DateTimeOffset(DateTime.SpecifyKind(report.ReportTime, DateTimeKind.Utc)),
        report.ResourceName);
}

/// <summary>One month of a recurring obligation and how it stands.</summary>
/// <param name="Period">The first day of the local month covered.</param>
/// <param name="LastDay">The last local day that is on time.</param>
/// <param name="OverdueFrom">00:00 local the day after <paramref name="LastDay"/>.</param>
/// <param name="Report">The first report covering the month (the one that met it, on time or late); null when none.</param>
public sealed record Occurrence(DateOnly Period, DateOnly LastDay, DateTimeOffset OverdueFrom, OccurrenceState State, string? Report)
{
    public DateOnly PeriodEnd => Period.AddMonths(1).AddDays(-1);
}

/// <summary>
/// The occurrences of a monthly deadline (DESIGN decision "Occurrences of a Monthly deadline"): one
/// per local month (Asia/Ho_Chi_Minh) from the start date's month to the month of now, of the end
/// date or of the closing, whichever is first. A report covers every month its period
/// [start, end] overlaps. An occurrence is MET by the first report covering its month received
/// before the occurrence's OverdueFrom, MET_LATE when that first report came at or after it,
/// MISSED when none covers it and the clock (stopped at the closing, for a closed commitment)
/// has reached its OverdueFrom, PENDING otherwise. Pure: no clock, no database.
/// </summary>
public static class Occurrences
{
    /// <param name="closedAt">When the commitment stopped being open (done, cancelled, waived): no month after it
    /// is an occurrence, and an occurrence not yet due then is not missed by the clock running on.</param>
    /// <param name="within">Only the occurrences of these months (a report's period, say): each month is judged on its own, so
    /// leaving out the others changes none of them.</param>
    public static IReadOnlyList<Occurrence> Of(
        Deadline.Monthly deadline,
        DateOnly startDate,
        DateOnly? endDate,
        DateTimeOffset? closedAt,
        IEnumerable<OccurrenceReport> reports,
        DateTimeOffset now,
        TimeZoneInfo? zone = null,
        (DateOnly From, DateOnly To)? within = null)
    {
        zone ??= HomeTime.Zone;
        var clock = closedAt is { } closed && closed < now ? closed : now;
        var last = MonthOf(LocalDays.DayOf(clock, zone));
        if (endDate is { } end && MonthOf(end) < last)
            last = MonthOf(end);
        var first = MonthOf(startDate);
        if (within is var (from, to))
        {
            first = MonthOf(from) > first ? MonthOf(from) : first;
            last = MonthOf(to) < last ? MonthOf(to) : last;
        }
        if (first > last)
            return [];

        var ordered = reports.OrderBy(r => r.ReportTime).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        var result = new List<Occurrence>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            var occurrence = deadline.For(month.Year, month.Month, zone);
            var monthEnd = month.AddMonths(1).AddDays(-1);
            var report = ordered.FirstOrDefault(r => r.PeriodStart <= monthEnd && r.PeriodEnd >= month);
            var state = report switch
            {
                not null when report.ReportTime < occurrence.OverdueFrom => OccurrenceState.Met,
                not null => OccurrenceState.MetLate,
                null when clock >= occurrence.OverdueFrom => OccurrenceState.Missed,
                _ => OccurrenceState.Pending,
            };
            result.Add(new Occurrence(month, occurrence.LastDay, occurrence.OverdueFrom, state, report?.Name));
        }
        return result;
    }

    /// <summary>
    /// The occurrences of a recurring commitment; empty when its deadline is not monthly. The
    /// closing is <see cref="Commitment.ClosedAt()"/> (cancelled, waived, or completion accepted).
    /// </summary>
    public static IReadOnlyList<Occurrence> Of(Commitment commitment, IEnumerable<OccurrenceReport> reports, DateTimeOffset now, TimeZoneInfo? zone = null) =>
        commitment.Deadline is Deadline.Monthly monthly
            ? Of(monthly, commitment.StartDate, commitment.EndDate, ClosedAt(commitment), reports, now, zone)
            : [];

    /// <inheritdoc cref="Of(Commitment, IEnumerable{OccurrenceReport}, DateTimeOffset, TimeZoneInfo?)"/>
    public static IReadOnlyList<Occurrence> Of(Commitment commitment, IEnumerable<ProgressReport> reports, DateTimeOffset now, TimeZoneInfo? zone = null) =>
        Of(commitment, reports.Select(OccurrenceReport.Of), now, zone);

    /// <summary>
    /// The earliest occurrence still to be met: not yet overdue at <paramref name="now"/> and not
    /// covered by any report — this month's, or once this month's is met or past, the next month's
    /// (within the start and end dates). Null when none is left (the end date is reached).
    /// </summary>
    public static Occurrence? NextDue(
        Deadline.Monthly deadline, DateOnly startDate, DateOnly? endDate, IEnumerable<OccurrenceReport> reports, DateTimeOffset now, TimeZoneInfo? zone = null)
    {
        zone ??= HomeTime.Zone;
        var covered = reports.ToList();
        var month = MonthOf(LocalDays.DayOf(now, zone));
        if (MonthOf(startDate) > month)
            month = MonthOf(startDate);
        // A month's occurrence is due within that month, so at most this month and the next are looked at, plus met ones.
        for (var i = 0; i < 24; i++, month = month.AddMonths(1))
        {
            if (endDate is { } end && month > MonthOf(end))
                return null;
            var occurrence = deadline.For(month.Year, month.Month, zone);
            var monthEnd = month.AddMonths(1).AddDays(-1);
            if (occurrence.OverdueFrom <= now || covered.Any(r => r.PeriodStart <= monthEnd && r.PeriodEnd >= month))
                continue;
            return new Occurrence(month, occurrence.LastDay, occurrence.OverdueFrom, OccurrenceState.Pending, null);
        }
        return null;
    }

    /// <summary>The next occurrence due of an open recurring commitment; null when it is not recurring, not open, or has none left.</summary>
    public static Occurrence? NextDue(Commitment commitment, IEnumerable<OccurrenceReport> reports, DateTimeOffset now, TimeZoneInfo? zone = null) =>
        commitment is { Deadline: Deadline.Monthly monthly, Lifecycle: CommitmentLifecycleState.Open }
            ? NextDue(monthly, commitment.StartDate, commitment.EndDate, reports, now, zone)
            : null;

    /// <summary>The earliest PENDING occurrence of a list from <see cref="Of(Deadline.Monthly, DateOnly, DateOnly?, DateTimeOffset?, IEnumerable{OccurrenceReport}, DateTimeOffset, TimeZoneInfo?, ValueTuple{DateOnly, DateOnly}?)"/>; null when none is pending.</summary>
    public static Occurrence? CurrentPending(IReadOnlyList<Occurrence> occurrences) =>
        occurrences.FirstOrDefault(o => o.State == OccurrenceState.Pending);

    private static DateTimeOffset? ClosedAt(Commitment commitment) =>
        commitment.ClosedAt() is { } closed ? new DateTimeOffset(DateTime.SpecifyKind(closed, DateTimeKind.Utc)) : null;

    private static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
}
