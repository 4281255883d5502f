using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Domain.Tests.Commitments;

public class OccurrencesTests
{
    private static readonly Deadline.Monthly Before20 = new(MonthlyDay.Before, 20);
    private static readonly Deadline.Monthly OnOrBefore31 = new(MonthlyDay.OnOrBefore, 31);
    private static readonly Deadline.Monthly NoFixedDay = new(MonthlyDay.None);

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant);

    private static OccurrenceReport Report(string start, string end, string time, int number = 1) =>
        new(DateOnly.Parse(start), DateOnly.Parse(end), At(time), $"commitments/c/progressReports/{number}");

    private static IReadOnlyList<Occurrence> Of(Deadline.Monthly deadline, string start, string now, params OccurrenceReport[] reports) =>
        Occurrences.Of(deadline, DateOnly.Parse(start), null, null, reports, At(now));

    [Fact]
    public void One_occurrence_per_local_month_from_the_start_month_to_now()
    {
        var occurrences = Of(Before20, "2026-03-15", "2026-05-10T00:00:00Z");
        Assert.Equal([new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1)], occurrences.Select(o => o.Period));
        Assert.Equal(new DateOnly(2026, 3, 19), occurrences[0].LastDay);
        Assert.Equal(At("2026-03-19T17:00:00Z"), occurrences[0].OverdueFrom);
        Assert.Equal([OccurrenceState.Missed, OccurrenceState.Missed, OccurrenceState.Pending], occurrences.Select(o => o.State));
        Assert.All(occurrences, o => Assert.Null(o.Report));
    }

    [Fact]
    public void Occurrences_within_a_window_are_those_months_of_the_whole_list_unchanged()
    {
        var reports = new[] { Report("2026-04-01", "2026-04-30", "2026-04-15T00:00:00Z"), Report("2026-06-01", "2026-07-31", "2026-07-25T00:00:00Z", 2) };
        var all = Occurrences.Of(Before20, new DateOnly(2025, 11, 3), null, null, reports, At("2026-09-01T00:00:00Z"));
        var window = Occurrences.Of(Before20, new DateOnly(2025, 11, 3), null, null, reports, At("2026-09-01T00:00:00Z"),
            within: (new DateOnly(2026, 3, 10), new DateOnly(2026, 7, 5)));
        Assert.Equal(all.Where(o => o.Period >= new DateOnly(2026, 3, 1) && o.Period <= new DateOnly(2026, 7, 1)), window);
        Assert.Equal(5, window.Count);
        Assert.Empty(Occurrences.Of(Before20, new DateOnly(2025, 11, 3), null, null, reports, At("2026-09-01T00:00:00Z"),
            within: (new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31))));
    }

    [Fact]
    public void The_month_of_now_is_the_local_month()
    {
        // 31/5 17:00 UTC is 1/6 00:00 local: June has begun.
        Assert.Equal(2, Of(Before20, "2026-05-01", "2026-05-31T17:00:00Z").Count);
        Assert.Single(Of(Before20, "2026-05-01", "2026-05-31T16:59:59Z"));
    }

    [Theory]
    [InlineData("2026-05-19T16:59:59Z", OccurrenceState.Met)] // 23:59:59 on 19/5 local: on time
    [InlineData("2026-05-19T17:00:00Z", OccurrenceState.MetLate)] // 00:00 on 20/5 local: late
    public void A_report_at_the_edge_of_the_last_day(string reportTime, OccurrenceState expected)
    {
        var may = Of(Before20, "2026-05-01", "2026-05-25T00:00:00Z", Report("2026-05-01", "2026-05-31", reportTime)).Single();
        Assert.Equal(expected, may.State);
        Assert.Equal("commitments/c/progressReports/1", may.Report);
    }

    [Theory]
    [InlineData("2026-05-19T16:59:59Z", OccurrenceState.Pending)]
    [InlineData("2026-05-19T17:00:00Z", OccurrenceState.Missed)]
    public void Without_a_report_the_occurrence_is_missed_from_local_midnight(string now, OccurrenceState expected) =>
        Assert.Equal(expected, Of(Before20, "2026-05-01", now).Single().State);

    [Fact]
    public void Day_31_is_clamped_to_February_end_and_February_28_is_still_on_time()
    {
        var occurrences = Of(OnOrBefore31, "2026-02-01", "2026-03-05T00:00:00Z",
            Report("2026-02-01", "2026-02-28", "2026-02-28T16:59:59Z"));
        Assert.Equal(new DateOnly(2026, 2, 28), occurrences[0].LastDay);
        Assert.Equal(At("2026-02-28T17:00:00Z"), occurrences[0].OverdueFrom);
        Assert.Equal(OccurrenceState.Met, occurrences[0].State);
        Assert.Equal(new DateOnly(2026, 3, 31), occurrences[1].LastDay);
        Assert.Equal(OccurrenceState.Pending, occurrences[1].State);
    }

    [Fact]
    public void In_a_leap_year_February_29_is_the_last_day()
    {
        var late = Of(OnOrBefore31, "2028-02-01", "2028-03-05T00:00:00Z", Report("2028-02-01", "2028-02-29", "2028-02-29T17:00:00Z"));
        Assert.Equal(new DateOnly(2028, 2, 29), late[0].LastDay);
        Assert.Equal(OccurrenceState.MetLate, late[0].State);
        var onTime = Of(OnOrBefore31, "2028-02-01", "2028-03-05T00:00:00Z", Report("2028-02-01", "2028-02-29", "2028-02-29T16:00:00Z"));
        Assert.Equal(OccurrenceState.Met, onTime[0].State);
        // 28/2 17:00 UTC is 29/2 local, still February on time in a leap year; in 2026 it would be March.
        Assert.Equal(OccurrenceState.Pending, Of(NoFixedDay, "2028-02-01", "2028-02-28T17:00:00Z").Single().State);
    }

    [Fact]
    public void A_report_covering_two_months_meets_both()
    {
        var occurrences = Of(NoFixedDay, "2026-04-01", "2026-06-10T00:00:00Z",
            Report("2026-04-15", "2026-05-10", "2026-04-25T00:00:00Z"));
        Assert.Equal(OccurrenceState.Met, occurrences[0].State);
        Assert.Equal(OccurrenceState.Met, occurrences[1].State);
        Assert.Equal(OccurrenceState.Pending, occurrences[2].State);
    }

    [Fact]
    public void A_report_covering_two_months_is_late_for_the_earlier_and_on_time_for_the_later()
    {
        var occurrences = Of(Before20, "2026-04-01", "2026-05-25T00:00:00Z",
            Report("2026-04-01", "2026-05-31", "2026-05-10T03:00:00Z"));
        Assert.Equal(OccurrenceState.MetLate, occurrences[0].State); // April was due before 20/4
        Assert.Equal(OccurrenceState.Met, occurrences[1].State);
        Assert.Equal(occurrences[0].Report, occurrences[1].Report);
    }

    [Fact]
    public void A_late_report_turns_missed_into_met_late()
    {
        var now = "2026-05-25T00:00:00Z";
        Assert.Equal(OccurrenceState.Missed, Of(Before20, "2026-05-01", now).Single().State);
        var after = Of(Before20, "2026-05-01", now, Report("2026-05-01", "2026-05-31", "2026-05-24T00:00:00Z"));
        Assert.Equal(OccurrenceState.MetLate, after.Single().State);
    }

    [Fact]
    public void The_first_covering_report_decides_and_is_named()
    {
        var occurrences = Of(Before20, "2026-05-01", "2026-05-25T00:00:00Z",
            Report("2026-05-01", "2026-05-31", "2026-05-22T00:00:00Z", 2),
            Report("2026-05-01", "2026-05-31", "2026-05-10T00:00:00Z", 1),
            Report("2026-04-01", "2026-04-30", "2026-05-01T00:00:00Z", 3));
        var may = occurrences.Single();
        Assert.Equal(OccurrenceState.Met, may.State);
        Assert.Equal("commitments/c/progressReports/1", may.Report);
    }

    [Fact]
    public void A_report_for_another_month_does_not_meet_this_one()
    {
        var may = Of(Before20, "2026-05-01", "2026-05-25T00:00:00Z", Report("2026-04-01", "2026-04-30", "2026-05-10T00:00:00Z")).Single();
        Assert.Equal(OccurrenceState.Missed, may.State);
        Assert.Null(may.Report);
    }

    [Fact]
    public void The_end_date_stops_the_occurrences_at_its_month()
    {
        var occurrences = Occurrences.Of(Before20, new DateOnly(2026, 1, 10), new DateOnly(2026, 3, 5), null, [], At("2026-09-01T00:00:00Z"));
        Assert.Equal([1, 2, 3], occurrences.Select(o => o.Period.Month));
        Assert.All(occurrences, o => Assert.Equal(OccurrenceState.Missed, o.State));
    }

    [Fact]
    public void A_start_after_now_has_no_occurrence_yet()
    {
        Assert.Empty(Of(Before20, "2026-07-01", "2026-06-30T16:59:59Z"));
        Assert.Single(Of(Before20, "2026-07-01", "2026-06-30T17:00:00Z"));
    }

    [Fact]
    public void Closing_stops_the_months_and_the_clock()
    {
        // Closed on 10/5 local: May is the last occurrence, and it was not yet due when closed.
        var occurrences = Occurrences.Of(Before20, new DateOnly(2026, 4, 1), null, At("2026-05-10T03:00:00Z"), [], At("2026-08-01T00:00:00Z"));
        Assert.Equal([OccurrenceState.Missed, OccurrenceState.Pending], occurrences.Select(o => o.State));
    }

    [Fact]
    public void A_year_end_is_crossed()
    {
        var occurrences = Of(NoFixedDay, "2025-11-20", "2026-01-15T00:00:00Z");
        Assert.Equal([new DateOnly(2025, 11, 1), new DateOnly(2025, 12, 1), new DateOnly(2026, 1, 1)], occurrences.Select(o => o.Period));
        Assert.Equal(At("2025-12-31T17:00:00Z"), occurrences[1].OverdueFrom);
    }

    [Fact]
    public void A_commitment_gives_its_occurrences_from_its_stored_reports()
    {
        var commitment = new Commitment
        {
            Id = "c",
            Deadline = Before20,
            StartDate = new DateOnly(2026, 5, 1),
        };
        var reports = new[]
        {
            new ProgressReport { CommitmentId = "c", Number = 1, PeriodStart = new(2026, 5, 1), PeriodEnd = new(2026, 5, 31), ReportTime = new DateTime(2026, 5, 3, 0, 0, 0, DateTimeKind.Utc) },
        };
        var may = Occurrences.Of(commitment, reports, At("2026-05-25T00:00:00Z")).Single();
        Assert.Equal(OccurrenceState.Met, may.State);
        Assert.Equal("commitments/c/progressReports/1", may.Report);
        Assert.Empty(Occurrences.Of(new Commitment { Id = "d", Deadline = new Deadline.OnOrBefore(new DateOnly(2026, 6, 30)) }, reports, At("2026-05-25T00:00:00Z")));
    }

    [Fact]
    public void The_current_pending_occurrence_is_the_earliest_pending()
    {
        var occurrences = Of(Before20, "2026-04-01", "2026-05-10T00:00:00Z", Report("2026-05-01", "2026-05-31", "2026-05-02T00:00:00Z"));
        Assert.Null(Occurrences.CurrentPending(occurrences));
        var none = Of(Before20, "2026-04-01", "2026-05-10T00:00:00Z");
        Assert.Equal(new DateOnly(2026, 5, 1), Occurrences.CurrentPending(none)!.Period);
    }
}

public class OccurrenceNextDueTests
{
    private static readonly Deadline.Monthly Before20 = new(MonthlyDay.Before, 20);

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant);

    private static Occurrence? NextDue(string start, string? end, string now, params OccurrenceReport[] reports) =>
        Occurrences.NextDue(Before20, DateOnly.Parse(start), end is null ? null : DateOnly.Parse(end), reports, At(now));

    [Fact]
    public void This_month_while_it_is_not_yet_due()
    {
        var next = NextDue("2026-01-01", null, "2026-05-19T16:59:59Z")!;
        Assert.Equal((new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 19), OccurrenceState.Pending), (next.Period, next.LastDay, next.State));
    }

    [Fact]
    public void Next_month_once_this_month_is_past_due()
    {
        Assert.Equal(new DateOnly(2026, 6, 19), NextDue("2026-01-01", null, "2026-05-19T17:00:00Z")!.LastDay);
    }

    [Fact]
    public void Next_month_once_this_month_is_met()
    {
        var met = new OccurrenceReport(new(2026, 5, 1), new(2026, 5, 31), At("2026-05-03T00:00:00Z"), "r1");
        Assert.Equal(new DateOnly(2026, 6, 19), NextDue("2026-01-01", null, "2026-05-10T00:00:00Z", met)!.LastDay);
    }

    [Fact]
    public void Not_before_the_start_nor_after_the_end()
    {
        Assert.Equal(new DateOnly(2026, 8, 19), NextDue("2026-08-05", null, "2026-05-10T00:00:00Z")!.LastDay);
        Assert.Null(NextDue("2026-01-01", "2026-05-31", "2026-05-25T00:00:00Z"));
    }

    [Fact]
    public void A_closed_or_dated_commitment_has_none()
    {
        var open = new Commitment { Id = "c", Deadline = Before20, StartDate = new(2026, 1, 1) };
        Assert.NotNull(Occurrences.NextDue(open, [], At("2026-05-10T00:00:00Z")));
        var cancelled = new Commitment { Id = "c", Deadline = Before20, StartDate = new(2026, 1, 1), Lifecycle = CommitmentLifecycleState.Cancelled };
        Assert.Null(Occurrences.NextDue(cancelled, [], At("2026-05-10T00:00:00Z")));
        var dated = new Commitment { Id = "d", Deadline = new Deadline.OnOrBefore(new(2026, 6, 30)), StartDate = new(2026, 1, 1) };
        Assert.Null(Occurrences.NextDue(dated, [], At("2026-05-10T00:00:00Z")));
    }
}
