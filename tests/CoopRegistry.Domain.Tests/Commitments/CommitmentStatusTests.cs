using CoopRegistry.Domain.Calendar;
using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Domain.Tests.Commitments;

public class CommitmentStatusTests
{
    private static readonly DateTime JustBefore = new(2026, 6, 30, 16, 59, 59, DateTimeKind.Utc);
    private static readonly DateTime Midnight = new(2026, 6, 30, 17, 0, 0, DateTimeKind.Utc);

    private static Commitment Due30June()
    {
        var commitment = Commitments.Valid(new Deadline.OnOrBefore(new DateOnly(2026, 6, 30)));
        CommitmentRules.Normalize(commitment, Commitments.Today);
        return commitment;
    }

    /// <summary>Both forms of the rule: the C# one and the expression the List filter sends to SQL.</summary>
    private static void AssertState(CommitmentState expected, Commitment commitment, DateTime now)
    {
        Assert.Equal(expected, CommitmentStatus.At(commitment, now));
        Assert.Equal(expected, CommitmentStatus.Expression(now).Compile()(commitment));
    }

    [Fact]
    public void Open_and_unreported_is_not_started_until_00_00_local_after_the_last_day()
    {
        var commitment = Due30June();
        AssertState(CommitmentState.NotStarted, commitment, JustBefore);
        AssertState(CommitmentState.Overdue, commitment, Midnight);
    }

    [Fact]
    public void Reported_or_asked_to_complete_is_in_progress_until_overdue()
    {
        var reported = Due30June();
        reported.ReportCount = 1;
        AssertState(CommitmentState.InProgress, reported, JustBefore);
        AssertState(CommitmentState.Overdue, reported, Midnight);

        var asked = Due30June();
        asked.CompletionState = CompletionState.Requested;
        AssertState(CommitmentState.InProgress, asked, JustBefore);
        asked.CompletionState = CompletionState.Returned;
        AssertState(CommitmentState.NotStarted, asked, JustBefore);
    }

    [Fact]
    public void Done_is_on_time_through_the_last_day_and_late_after_it()
    {
        var commitment = Due30June();
        commitment.Lifecycle = CommitmentLifecycleState.Done;
        commitment.CompletedDate = new DateOnly(2026, 6, 30);
        AssertState(CommitmentState.DoneOnTime, commitment, Midnight.AddDays(30));
        commitment.CompletedDate = new DateOnly(2026, 7, 1);
        AssertState(CommitmentState.DoneLate, commitment, Midnight.AddDays(30));
    }

    [Fact]
    public void Done_without_a_firm_deadline_is_on_time()
    {
        var commitment = Commitments.Valid(new Deadline.Tentative(new Deadline.WithinMonth(2025, 10)));
        CommitmentRules.Normalize(commitment, Commitments.Today);
        commitment.Lifecycle = CommitmentLifecycleState.Done;
        commitment.CompletedDate = new DateOnly(2026, 1, 5);
        AssertState(CommitmentState.DoneOnTime, commitment, Midnight);
    }

    [Fact]
    public void Cancelled_and_waived_stay_so_even_past_the_deadline()
    {
        var commitment = Due30June();
        commitment.Lifecycle = CommitmentLifecycleState.Cancelled;
        AssertState(CommitmentState.Cancelled, commitment, Midnight);
        commitment.Lifecycle = CommitmentLifecycleState.Waived;
        AssertState(CommitmentState.Waived, commitment, Midnight);
    }

    [Fact]
    public void Recurring_commitments_are_never_overdue_as_a_whole()
    {
        var commitment = Commitments.Valid(new Deadline.Monthly(MonthlyDay.Before, 20));
        CommitmentRules.Normalize(commitment, Commitments.Today);
        AssertState(CommitmentState.NotStarted, commitment, Midnight.AddYears(1));
    }

    [Theory]
    [InlineData("2026-06-30", false)]
    [InlineData("2026-07-01", true)]
    public void Overdue_on_a_day_means_overdue_at_its_end(string day, bool overdue)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var endOfDay = LocalDays.StartOf(date.AddDays(1), HomeTime.Zone).UtcDateTime;
        Assert.Equal(overdue, CommitmentStatus.OverdueOn(date, endOfDay).Compile()(Due30June()));
    }

    [Fact]
    public void Overdue_on_a_day_counts_what_was_done_or_closed_only_later()
    {
        var day = new DateOnly(2026, 7, 5);
        var endOfDay = LocalDays.StartOf(day.AddDays(1), HomeTime.Zone).UtcDateTime;
        var overdueOn = CommitmentStatus.OverdueOn(day, endOfDay).Compile();

        var doneLater = Due30June();
        doneLater.Lifecycle = CommitmentLifecycleState.Done;
        doneLater.CompletedDate = new DateOnly(2026, 7, 10);
        Assert.True(overdueOn(doneLater));
        doneLater.CompletedDate = new DateOnly(2026, 7, 5);
        Assert.False(overdueOn(doneLater));

        var cancelledLater = Due30June();
        cancelledLater.Lifecycle = CommitmentLifecycleState.Cancelled;
        cancelledLater.ClosedTime = endOfDay;
        Assert.True(overdueOn(cancelledLater));
        cancelledLater.ClosedTime = endOfDay.AddSeconds(-1);
        Assert.False(overdueOn(cancelledLater));
    }
}
