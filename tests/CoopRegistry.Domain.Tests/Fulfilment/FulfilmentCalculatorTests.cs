using CoopRegistry.Domain.Calendar;
using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Fulfilment;

namespace CoopRegistry.Domain.Tests.Fulfilment;

/// <summary>
/// The fulfilment report over a dataset whose every figure is computed by hand below. Period:
/// May–June 2026, home province VN-30, as of 2026-06-15 10:00Z (17:00 in Gia Lai). A firm
/// deadline "no later than D" is overdue from 00:00 local on D+1, i.e. 17:00Z on D.
/// </summary>
public class FulfilmentCalculatorTests
{
    private const string A = "vn30-so-ngoai-vu", B = "vn30-so-cong-thuong", C = "vn30-so-tai-chinh";
    private static readonly DateTimeOffset AsOf = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly FulfilmentScope Scope = new("VN-30", null, null, null, null, new(2026, 5, 1), new(2026, 6, 30));

    private static CommitmentFact Firm(string id, string lead, bool key, DateOnly due, CommitmentLifecycleState lifecycle = CommitmentLifecycleState.Open, DateOnly? completed = null, string home = "VN-30") =>
        new(id, home, lead, ["KH-16"], "directives", "d1", key, false, due, StartOfNextLocalDay(due), lifecycle, completed, new Deadline.OnOrBefore(due), new(2026, 1, 1));

    private static CommitmentFact Soft(string id, string lead, bool key, DateOnly? due, CommitmentLifecycleState lifecycle = CommitmentLifecycleState.Open, DateOnly? completed = null) =>
        new(id, "VN-30", lead, [], "plans", "p1", key, false, due, null, lifecycle, completed, null, new(2026, 1, 1));

    private static CommitmentFact Monthly(string id, string lead, Deadline.Monthly deadline, DateOnly start, CommitmentLifecycleState lifecycle = CommitmentLifecycleState.Open, DateTime? closed = null) =>
        new(id, "VN-30", lead, [], "directives", "d1", false, true, null, null, lifecycle, null, deadline, start, null, closed);

    private static DateTime StartOfNextLocalDay(DateOnly due) => LocalDays.StartOf(due.AddDays(1), HomeTime.Zone).UtcDateTime;

    private static readonly CommitmentFact[] Facts =
    [
        Firm("c01", A, true, new(2026, 5, 10), CommitmentLifecycleState.Done, new(2026, 5, 8)),    // done before the last day: done_on_time
        Firm("c02", A, true, new(2026, 5, 20), CommitmentLifecycleState.Done, new(2026, 5, 25)),   // done 5 days after: done_late
        Firm("c03", A, true, new(2026, 6, 10)),                                                    // open, overdue since 2026-06-10 17:00Z: overdue
        Firm("c04", A, true, new(2026, 6, 30)),                                                    // open, due later in June: not_yet_due
        Soft("c05", A, true, new(2026, 6, 20)),                                                    // tentative, never overdue: open
        Firm("c06", B, false, new(2026, 5, 31), CommitmentLifecycleState.Cancelled),              // cancelled
        Firm("c07", B, false, new(2026, 6, 5), CommitmentLifecycleState.Waived),                  // waived
        Firm("c08", B, false, new(2026, 6, 14)),                                                   // overdue from 2026-06-14 17:00Z: overdue
        Firm("c09", B, false, new(2026, 6, 15)),                                                   // overdue only from 2026-06-15 17:00Z: not_yet_due at 10:00Z
        Soft("c10", C, true, new(2026, 5, 15), CommitmentLifecycleState.Done, new(2026, 5, 20)),  // done after a tentative day: not firm, so done_on_time
        Firm("c11", C, false, new(2026, 4, 30)),                                                   // due in April: outside the period
        Firm("c12", C, false, new(2026, 7, 1)),                                                    // due in July: outside the period
        Soft("c13", C, false, null),                                                               // ongoing, no last day: in no period
        Firm("c14", A, false, new(2026, 6, 1), CommitmentLifecycleState.Done, new(2026, 6, 1)),    // done on the last day itself: done_on_time
        Firm("c15", "vn20-so-ngoai-vu", false, new(2026, 6, 1), home: "VN-20"),                    // another home province: outside the scope
        // Recurring: never in the totals, only per month.
        Monthly("r1", A, new Deadline.Monthly(MonthlyDay.Before, 20), new(2026, 4, 1)),           // May met (report 05-18); June pending (due 06-19)
        Monthly("r2", B, new Deadline.Monthly(MonthlyDay.None), new(2026, 5, 10)),                // May met late (report 06-03, after 05-31); June pending
        Monthly("r3", B, new Deadline.Monthly(MonthlyDay.OnOrBefore, 5), new(2026, 5, 1)),        // May missed (none); June met (report 06-05 23:00 local)
        Monthly("r4", C, new Deadline.Monthly(MonthlyDay.Before, 20), new(2026, 5, 1),            // cancelled 05-25: May missed, no June
            CommitmentLifecycleState.Cancelled, new DateTime(2026, 5, 25, 3, 0, 0, DateTimeKind.Utc)),
    ];

    private static readonly Dictionary<string, IReadOnlyList<OccurrenceReport>> Reports = new()
    {
        ["r1"] = [new(new(2026, 5, 1), new(2026, 5, 31), new(2026, 5, 18, 3, 0, 0, TimeSpan.Zero), "commitments/r1/progressReports/1")],
        ["r2"] = [new(new(2026, 5, 1), new(2026, 5, 31), new(2026, 6, 3, 3, 0, 0, TimeSpan.Zero), "commitments/r2/progressReports/1")],
        ["r3"] = [new(new(2026, 6, 1), new(2026, 6, 30), new(2026, 6, 5, 16, 0, 0, TimeSpan.Zero), "commitments/r3/progressReports/1")],
    };

    private static FulfilmentResult Report(DateTimeOffset? asOf = null) => FulfilmentCalculator.Compute(Facts, Reports, Scope, asOf ?? AsOf);

    private static void AssertFigures(FulfilmentFigures f, int total, int onTime, int late, int overdue, int notYetDue, int open, int cancelled, int waived, string doneOfTotal)
    {
        Assert.Equal(
            (total, onTime, late, overdue, notYetDue, open, cancelled, waived, doneOfTotal),
            (f.Total.Count, f[FulfilmentBucket.DoneOnTime].Count, f[FulfilmentBucket.DoneLate].Count, f[FulfilmentBucket.Overdue].Count,
             f[FulfilmentBucket.NotYetDue].Count, f[FulfilmentBucket.Open].Count, f[FulfilmentBucket.Cancelled].Count, f[FulfilmentBucket.Waived].Count, f.DoneOfTotal));
    }

    [Fact]
    public void Totals_match_the_hand_count()
    {
        // In scope: c01–c10 and c14 = 11. On time c01, c10, c14; late c02; overdue c03, c08;
        // not yet due c04, c09; open c05; cancelled c06; waived c07. Owed = 11 − 2 = 9.
        var total = Report().Total;
        AssertFigures(total, 11, 3, 1, 2, 2, 1, 1, 1, "04/11");
        Assert.Equal(3.0 / 9, total.OnTimeRate, 12);
        Assert.Equal(4.0 / 9, total.DoneRate, 12);
        Assert.Equal(2.0 / 9, total.OverdueRate, 12);
        Assert.Equal(["commitments/c03", "commitments/c08"], total[FulfilmentBucket.Overdue].Commitments);
        Assert.Equal(["commitments/c01", "commitments/c10", "commitments/c14"], total[FulfilmentBucket.DoneOnTime].Commitments);
    }

    [Fact]
    public void Key_tasks_are_counted_apart_as_done_of_total()
    {
        // Key: c01 (on time), c02 (late), c03 (overdue), c04 (not yet due), c05 (open), c10 (on time): 3 of 6 done.
        var key = Report().KeyTasks;
        AssertFigures(key, 6, 2, 1, 1, 1, 1, 0, 0, "03/06");
        Assert.Equal(2.0 / 6, key.OnTimeRate, 12);
        Assert.Equal(1.0 / 6, key.OverdueRate, 12);
    }

    [Fact]
    public void Figures_per_lead_agency()
    {
        var byLead = Report().ByLeadAgency;
        Assert.Equal(new[] { A, B, C }.Order(StringComparer.Ordinal), byLead.Keys.Order(StringComparer.Ordinal));
        // A: c01, c14 on time; c02 late; c03 overdue; c04 not yet due; c05 open.
        AssertFigures(byLead[A], 6, 2, 1, 1, 1, 1, 0, 0, "03/06");
        // B: c06 cancelled, c07 waived, c08 overdue, c09 not yet due; owed 2, overdue rate 1/2.
        AssertFigures(byLead[B], 4, 0, 0, 1, 1, 0, 1, 1, "00/04");
        Assert.Equal(0.5, byLead[B].OverdueRate, 12);
        Assert.Equal(0, byLead[B].DoneRate);
        // C: c10 on time (c11, c12, c13 outside the period).
        AssertFigures(byLead[C], 1, 1, 0, 0, 0, 0, 0, 0, "01/01");
    }

    [Fact]
    public void Agencies_are_ordered_by_Vietnamese_name()
    {
        var names = new Dictionary<string, string> { [A] = "Sở Ngoại vụ", [B] = "Sở Công Thương", [C] = "Sở Tài chính" };
        Assert.Equal([B, A, C], FulfilmentCalculator.OrderAgencies(Report(), names).Select(a => a.Key).ToArray());
    }

    [Fact]
    public void Recurring_occurrences_per_month()
    {
        var months = Report().Recurring;
        Assert.Equal([new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 1)], months.Select(m => m.Period).ToArray());
        // May: r1 met, r2 met late, r3 missed, r4 missed (cancelled after its May occurrence fell due).
        var may = months[0];
        Assert.Equal((4, 1, 1, 2, 0), (may.Due.Count, may.Met.Count, may.MetLate.Count, may.Missed.Count, may.Pending.Count));
        Assert.Equal(["commitments/r3", "commitments/r4"], may.Missed.Commitments);
        // June (as of the 15th): r3 met by the report at 23:00 local on the 5th; r1 and r2 pending; r4 closed in May.
        var june = months[1];
        Assert.Equal((3, 1, 0, 0, 2), (june.Due.Count, june.Met.Count, june.MetLate.Count, june.Missed.Count, june.Pending.Count));
        Assert.Equal(["commitments/r1", "commitments/r2"], june.Pending.Commitments);
    }

    [Fact]
    public void Overdue_starts_at_local_midnight_after_the_last_day()
    {
        // c08 (last day 2026-06-14) is not yet due at 16:59:59Z on the 14th and overdue at 17:00:00Z.
        var before = Report(new DateTimeOffset(2026, 6, 14, 16, 59, 59, TimeSpan.Zero)).Total;
        var at = Report(new DateTimeOffset(2026, 6, 14, 17, 0, 0, TimeSpan.Zero)).Total;
        Assert.DoesNotContain("commitments/c08", before[FulfilmentBucket.Overdue].Commitments);
        Assert.Contains("commitments/c08", before[FulfilmentBucket.NotYetDue].Commitments);
        Assert.Contains("commitments/c08", at[FulfilmentBucket.Overdue].Commitments);
        // Before the 14th 17:00Z only c03 is overdue; c04, c08, c09 are not yet due.
        AssertFigures(before, 11, 3, 1, 1, 3, 1, 1, 1, "04/11");
    }

    [Fact]
    public void Scope_parts_combine()
    {
        var partner = Scope with { PartnerProvinceCode = "KH-16", AgencyId = B };
        // B's firm commitments all concern KH-16: c06, c07, c08, c09.
        var total = FulfilmentCalculator.Compute(Facts, Reports, partner, AsOf).Total;
        AssertFigures(total, 4, 0, 0, 1, 1, 0, 1, 1, "00/04");
        var source = Scope with { SourceCollection = "plans", SourceId = "p1" };
        // From plan p1: c05 (open), c10 (done on time); c13 has no last day.
        AssertFigures(FulfilmentCalculator.Compute(Facts, Reports, source, AsOf).Total, 2, 1, 0, 0, 0, 1, 0, 0, "01/02");
    }

    [Fact]
    public void Rates_are_zero_when_nothing_is_owed()
    {
        var figures = new FulfilmentFigures();
        figures.Add(FulfilmentBucket.Cancelled, 2);
        Assert.Equal((0.0, 0.0, 0.0, "00/02"), (figures.OnTimeRate, figures.DoneRate, figures.OverdueRate, figures.DoneOfTotal));
    }
}
