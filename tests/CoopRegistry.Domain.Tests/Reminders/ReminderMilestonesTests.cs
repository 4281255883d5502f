using CoopRegistry.Domain.Reminders;

namespace CoopRegistry.Domain.Tests.Reminders;

public class ReminderMilestonesTests
{
    private static readonly DateOnly LastDay = new(2026, 6, 30);
    private static readonly int[] Days = [7, 1];

    [Theory]
    [InlineData(2026, 6, 22, null, 0)]          // eight days before: nothing yet
    [InlineData(2026, 6, 23, "DaysBefore", 7)]  // seven days before
    [InlineData(2026, 6, 28, "DaysBefore", 7)]  // two days before: still the seven-day reminder
    [InlineData(2026, 6, 29, "DaysBefore", 1)]  // the day before
    [InlineData(2026, 6, 30, "DaysBefore", 1)]  // the last day itself is still on time
    [InlineData(2026, 7, 1, "Overdue", 0)]      // the first overdue day
    [InlineData(2026, 7, 3, "Overdue", 0)]      // caught up within three days
    [InlineData(2026, 7, 4, null, 0)]           // later: the weekly digest carries it
    public void A_deadline_calls_for_the_nearest_milestone_reached(int year, int month, int day, string? milestone, int daysBefore)
    {
        var due = ReminderMilestones.At(LastDay, new DateOnly(year, month, day), Days);
        Assert.Equal(milestone, due?.Milestone.ToString());
        if (due is not null)
            Assert.Equal((daysBefore, LastDay), (due.DaysBefore, due.DueDate));
    }

    [Fact]
    public void A_commitment_created_three_days_before_gets_the_seven_day_reminder_late_rather_than_none()
    {
        var due = ReminderMilestones.At(LastDay, LastDay.AddDays(-3), Days);
        Assert.Equal((ReminderMilestone.DaysBefore, 7), (due!.Milestone, due.DaysBefore));
    }

    [Theory]
    [InlineData(2026, 6, 15, 2026, 6, 15)] // Monday
    [InlineData(2026, 6, 21, 2026, 6, 15)] // Sunday
    [InlineData(2026, 6, 17, 2026, 6, 15)]
    public void A_digest_is_due_once_per_week_from_its_Monday(int year, int month, int day, int mondayYear, int mondayMonth, int mondayDay) =>
        Assert.Equal(new DateOnly(mondayYear, mondayMonth, mondayDay), ReminderMilestones.WeekOf(new DateOnly(year, month, day)));
}
