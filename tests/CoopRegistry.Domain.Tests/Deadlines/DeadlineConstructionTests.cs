namespace CoopRegistry.Domain.Tests.Deadlines;

/// <summary>Code that builds a deadline directly cannot build an impossible one.</summary>
public class DeadlineConstructionTests
{
    [Fact]
    public void Impossible_months_quarters_days_and_counts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Deadline.WithinMonth(2026, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Deadline.WithinQuarter(2026, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Deadline.Monthly(MonthlyDay.Before, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Deadline.Monthly(MonthlyDay.OnOrBefore, 32));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Deadline.Monthly(MonthlyDay.None, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Deadline.WithinWorkingDays(0, null, "x"));
    }

    [Fact]
    public void Deadlines_are_values()
    {
        Assert.Equal(new Deadline.Monthly(MonthlyDay.Before, 20), new Deadline.Monthly(MonthlyDay.Before, 20));
        Assert.NotEqual<Deadline>(new Deadline.OnOrBefore(new DateOnly(2026, 5, 20)), new Deadline.Before(new DateOnly(2026, 5, 20)));
    }
}
