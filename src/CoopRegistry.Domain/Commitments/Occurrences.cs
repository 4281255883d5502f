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

/// <summary>One period (a month, a year) of a recurring obligation and how it stands.</summary>
/// <param name="Period">The first day of the local period covered.</param>
/// <param name="PeriodEnd">The last day of the period covered.</param>
/// <param name="LastDay">The last local day that is on time.</param>
/// <param name="OverdueFrom">00:00 local the day after <paramref name="LastDay"/>.</param>
/// <param name="Report">The first report covering the period (the one that met it, on time or late); null when none.</param>
public sealed record Occurrence(DateOnly Period, DateOnly PeriodEnd, DateOnly LastDay, DateTimeOffset OverdueFrom, OccurrenceState State, string? Report);

/// <summary>
/// The occurrences of a recurring deadline (DESIGN decision "Occurrences of a Monthly deadline";
/// a yearly one works the same by years): one per local period (Asia/Ho_Chi_Minh) from the start
/// date's period to the period of now, of the end date or of the closing, whichever is first. A
/// report covers every period its own [start, end] overlaps. An occurrence is MET by the first report
/// covering its period received before the occurrence's OverdueFrom, MET_LATE when that first report
/// came at or after it, MISSED when none covers it and the clock (stopped at the closing, for a
/// closed commitment) has reached its OverdueFrom, PENDING otherwise. Pure: no clock, no database.
/// </summary>
public static class Occurrences
{
    /// <param name="closedAt">When the commitment stopped being open (done, cancelled, waived): no period after it
    /// is an occurrence, and an occurrence not yet due then is not missed by the clock running on.</param>
    /// <param name="within">Only the occurrences of the periods overlapping these days (a report's period, say): each period is
    /// judged on its own, so leaving out the others changes none of them.</param>
    public static IReadOnlyList<Occurrence> Of(
        Deadline.Recurring deadline,
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
        var last = deadline.PeriodOf(LocalDays.DayOf(clock, zone));
        if (endDate is { } end && deadline.PeriodOf(end) < last)
            last = deadline.PeriodOf(end);
        var first = deadline.PeriodOf(startDate);
        if (within is var (from, to))
        {
            first = deadline.PeriodOf(from) > first ? deadline.PeriodOf(from) : first;
            last = deadline.PeriodOf(to) < last ? deadline.PeriodOf(to) : last;
        }
        if (first > last)
            return [];

        var ordered = reports.OrderBy(r => r.ReportTime).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        var result = new List<Occurrence>();
        for (var period = first; period <= last; period = deadline.NextPeriod(period))
        {
            var occurrence = deadline.OccurrenceOf(period, zone);
            var report = ordered.FirstOrDefault(r => r.PeriodStart <= occurrence.PeriodEnd && r.PeriodEnd >= period);
            var state = report switch
            {
                not null when report.ReportTime < occurrence.OverdueFrom => OccurrenceState.Met,
                not null => OccurrenceState.MetLate,
                null when clock >= occurrence.OverdueFrom => OccurrenceState.Missed,
                _ => OccurrenceState.Pending,
            };
            result.Add(new Occurrence(period, occurrence.PeriodEnd, occurrence.LastDay, occurrence.OverdueFrom, state, report?.Name));
        }
        return result;
    }

    /// <summary>
    /// The occurrences of a recurring commitment; empty when its deadline does not recur. The
    /// closing is <see cref="Commitment.ClosedAt()"/> (cancelled, waived, or completion accepted).
    /// </summary>
    public static IReadOnlyList<Occurrence> Of(Commitment commitment, IEnumerable<OccurrenceReport> reports, DateTimeOffset now, TimeZoneInfo? zone = null) =>
        commitment.Deadline is Deadline.Recurring recurring
            ? Of(recurring, commitment.StartDate, commitment.EndDate, ClosedAt(commitment), reports, now, zone)
            : [];

    /// <inheritdoc cref="Of(Commitment, IEnumerable{OccurrenceReport}, DateTimeOffset, TimeZoneInfo?)"/>
    public static IReadOnlyList<Occurrence> Of(Commitment commitment, IEnumerable<ProgressReport> reports, DateTimeOffset now, TimeZoneInfo? zone = null) =>
        Of(commitment, reports.Select(OccurrenceReport.Of), now, zone);

    /// <summary>
    /// The earliest occurrence still to be met: not yet overdue at <paramref name="now"/> and not
    /// covered by any report — this period's, or once this period's is met or past, the next one's
    /// (within the start and end dates). Null when none is left (the end date is reached).
    /// </summary>
    public static Occurrence? NextDue(
        Deadline.Recurring deadline, DateOnly startDate, DateOnly? endDate, IEnumerable<OccurrenceReport> reports, DateTimeOffset now, TimeZoneInfo? zone = null)
    {
        zone ??= HomeTime.Zone;
        var covered = reports.ToList();
        var period = deadline.PeriodOf(LocalDays.DayOf(now, zone));
        if (deadline.PeriodOf(startDate) > period)
            period = deadline.PeriodOf(startDate);
        // A period's occurrence is due within that period, so at most this period and the next are looked at, plus met ones.
        for (var i = 0; i < 24; i++, period = deadline.NextPeriod(period))
        {
            if (endDate is { } end && period > deadline.PeriodOf(end))
                return null;
            var occurrence = deadline.OccurrenceOf(period, zone);
            if (occurrence.OverdueFrom <= now || covered.Any(r => r.PeriodStart <= occurrence.PeriodEnd && r.PeriodEnd >= period))
                continue;
            return new Occurrence(period, occurrence.PeriodEnd, occurrence.LastDay, occurrence.OverdueFrom, OccurrenceState.Pending, null);
        }
        return null;
    }

    /// <summary>The next occurrence due of an open recurring commitment; null when it is not recurring, not open, or has none left.</summary>
    public static Occurrence? NextDue(Commitment commitment, IEnumerable<OccurrenceReport> reports, DateTimeOffset now, TimeZoneInfo? zone = null) =>
        commitment is { Deadline: Deadline.Recurring recurring, Lifecycle: CommitmentLifecycleState.Open }
            ? NextDue(recurring, commitment.StartDate, commitment.EndDate, reports, now, zone)
            : null;

    /// <summary>The earliest PENDING occurrence of a list from <see cref="Of(Deadline.Recurring, DateOnly, DateOnly?, DateTimeOffset?, IEnumerable{OccurrenceReport}, DateTimeOffset, TimeZoneInfo?, ValueTuple{DateOnly, DateOnly}?)"/>; null when none is pending.</summary>
    public static Occurrence? CurrentPending(IReadOnlyList<Occurrence> occurrences) =>
        occurrences.FirstOrDefault(o => o.State == OccurrenceState.Pending);

    private static DateTimeOffset? ClosedAt(Commitment commitment) =>
        commitment.ClosedAt() is { } closed ? new DateTimeOffset(DateTime.SpecifyKind(closed, DateTimeKind.Utc)) : null;
}
