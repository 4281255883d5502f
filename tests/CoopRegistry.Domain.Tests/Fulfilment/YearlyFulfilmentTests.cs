using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Fulfilment;

namespace CoopRegistry.Domain.Tests.Fulfilment;

/// <summary>A yearly duty in the fulfilment report: its occurrence counts in the month it falls due, December.</summary>
public class YearlyFulfilmentTests
{
    private static readonly CommitmentFact Events =
        new("events", "VN-30", "vn30-so-van-hoa-the-thao-du-lich", [], "directives", "d1", false, true, null, null,
            CommitmentLifecycleState.Open, null, new Deadline.Annual(), new DateOnly(2026, 1, 1));

    private static List<RecurringPeriod> Months(DateOnly from, DateOnly to, DateTimeOffset asOf, params OccurrenceReport[] reports) =>
        FulfilmentCalculator.RecurringMonths([Events], new Dictionary<string, IReadOnlyList<OccurrenceReport>> { ["events"] = reports },
            new FulfilmentScope("VN-30", null, null, null, null, from, to), asOf);

    [Fact]
    public void A_yearly_duty_is_due_in_December_only()
    {
        var year = Months(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), new DateTimeOffset(2027, 1, 10, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(12, year.Count);
        Assert.All(year.Take(11), m => Assert.Equal(0, m.Due.Count));
        Assert.Equal((1, 1), (year[^1].Due.Count, year[^1].Missed.Count));
        Assert.All(Months(new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 30), new DateTimeOffset(2027, 1, 10, 0, 0, 0, TimeSpan.Zero)),
            m => Assert.Equal(0, m.Due.Count));
    }

    [Fact]
    public void A_report_during_the_year_meets_it()
    {
        var report = new OccurrenceReport(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30), new DateTimeOffset(2026, 10, 5, 3, 0, 0, TimeSpan.Zero), "commitments/events/progressReports/1");

        var december = Months(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), new DateTimeOffset(2027, 1, 10, 0, 0, 0, TimeSpan.Zero), report).Single();

        Assert.Equal((1, 1, 0), (december.Due.Count, december.Met.Count, december.Missed.Count));
    }
}
