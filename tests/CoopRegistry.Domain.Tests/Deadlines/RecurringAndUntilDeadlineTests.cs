using CoopRegistry.Domain.Calendar;
using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Domain.Tests.Deadlines;

/// <summary>
/// The forms the documents use that came last: a yearly duty ("hằng năm") and a duty that lasts until
/// an event ("trong thời gian chưa hoàn thành việc xây dựng cửa khẩu số").
/// </summary>
public class RecurringAndUntilDeadlineTests
{
    private static readonly TimeZoneInfo Home = HomeTime.Zone;
    private static readonly Deadline.Annual Yearly = new();

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant);

    private static OccurrenceReport Report(string start, string end, string time) =>
        new(DateOnly.Parse(start), DateOnly.Parse(end), At(time), "commitments/c/progressReports/1");

    [Fact]
    public void A_yearly_duty_covers_the_calendar_year_and_is_due_at_local_midnight_after_31_December()
    {
        var year = Yearly.OccurrenceOf(new DateOnly(2026, 1, 1), Home);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), (year.PeriodStart, year.PeriodEnd));
        Assert.Equal(new DateOnly(2026, 12, 31), year.LastDay);
        Assert.Equal(At("2026-12-31T17:00:00Z"), year.OverdueFrom);
        Assert.Equal(new DateOnly(2026, 1, 1), Yearly.PeriodOf(new DateOnly(2026, 7, 15)));
        // 31/12 17:00 UTC is 1/1 00:00 local: the new year has begun.
        Assert.Equal(2027, Yearly.At(At("2026-12-31T17:00:00Z"), Home).Year);
        Assert.Equal(2026, Yearly.At(At("2026-12-31T16:59:59Z"), Home).Year);
    }

    [Fact]
    public void A_yearly_duty_is_never_overdue_as_a_whole_each_year_is_met_or_missed()
    {
        Assert.Null(Yearly.LastDay());
        Assert.False(Yearly.IsOverdue(At("2030-01-01T00:00:00Z"), Home));

        // From 2026 to 5 January 2028: 2026 reported in May (met), 2027 not at all (missed from 1/1/2028 local), 2028 pending.
        var occurrences = Occurrences.Of(Yearly, new DateOnly(2026, 1, 1), null, null,
            [Report("2026-05-01", "2026-05-31", "2026-06-10T03:00:00Z")], At("2028-01-05T00:00:00Z"));
        Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), new DateOnly(2028, 1, 1)], occurrences.Select(o => o.Period));
        Assert.Equal([OccurrenceState.Met, OccurrenceState.Missed, OccurrenceState.Pending], occurrences.Select(o => o.State));
        Assert.All(occurrences, o => Assert.Equal(new DateOnly(o.Period.Year, 12, 31), o.PeriodEnd));
    }

    [Theory]
    [InlineData("2027-12-31T16:59:59Z", OccurrenceState.Pending)] // 23:59:59 on 31/12 local
    [InlineData("2027-12-31T17:00:00Z", OccurrenceState.Missed)] // 00:00 on 1/1/2028 local
    public void An_unreported_year_is_missed_from_local_midnight_after_its_last_day(string now, OccurrenceState expected)
    {
        var year = Occurrences.Of(Yearly, new DateOnly(2027, 1, 1), null, null, [], At(now)).First();
        Assert.Equal(expected, year.State);
    }

    [Fact]
    public void A_year_reported_after_it_ended_is_met_late_and_the_next_year_is_due()
    {
        var late = Report("2027-01-01", "2027-12-31", "2028-01-02T03:00:00Z");
        var first = Occurrences.Of(Yearly, new DateOnly(2027, 1, 1), null, null, [late], At("2028-02-01T00:00:00Z")).First();
        Assert.Equal(OccurrenceState.MetLate, first.State);

        var next = Occurrences.NextDue(Yearly, new DateOnly(2027, 1, 1), null, [late], At("2028-02-01T00:00:00Z"));
        Assert.Equal(new DateOnly(2028, 12, 31), next!.LastDay);
        // A yearly duty that starts later is first due in its first year.
        Assert.Equal(new DateOnly(2026, 12, 31), Occurrences.NextDue(Yearly, new DateOnly(2026, 1, 1), null, [], At("2025-09-12T03:00:00Z"))!.LastDay);
    }

    [Fact]
    public void A_duty_until_an_event_has_no_last_day_and_is_never_overdue()
    {
        Deadline until = new Deadline.Until("hoàn thành việc xây dựng cửa khẩu số");
        Assert.Null(until.LastDay());
        Assert.Null(until.OverdueFrom(Home));
        Assert.False(until.IsOverdue(At("2099-01-01T00:00:00Z"), Home));
        Assert.False(until is Deadline.Recurring);
        Assert.Empty(Occurrences.Of(new Commitment { Deadline = until, StartDate = new DateOnly(2026, 5, 11) }, Array.Empty<OccurrenceReport>(), At("2027-01-01T00:00:00Z")));
    }
}
