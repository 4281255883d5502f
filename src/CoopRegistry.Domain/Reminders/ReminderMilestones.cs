namespace CoopRegistry.Domain.Reminders;

/// <summary>A milestone a deadline has reached on a local day.</summary>
public sealed record DueMilestone(ReminderMilestone Milestone, int DaysBefore, DateOnly DueDate);

/// <summary>
/// Which reminder a deadline calls for on a local day (Asia/Ho_Chi_Minh). Before the deadline, the
/// nearest of the configured days-before that has been reached: with 7 and 1, "7" from seven
/// days before until two days before, "1" from the day before through the last day itself. After
/// it, "overdue" from the first overdue day for <see cref="OverdueCatchUpDays"/> days, so a registry
/// that was down on the day still sends it, but one started months later does not send a flood of
/// old news (the weekly digest lists what stays overdue). Pure: no clock, no database.
/// </summary>
public static class ReminderMilestones
{
    public const int OverdueCatchUpDays = 3;

    public static DueMilestone? At(DateOnly lastDay, DateOnly today, IReadOnlyCollection<int> daysBefore)
    {
        var left = lastDay.DayNumber - today.DayNumber;
        if (left < 0)
            return -left <= OverdueCatchUpDays ? new DueMilestone(ReminderMilestone.Overdue, 0, lastDay) : null;
        var reached = daysBefore.Where(d => left <= d).Order().ToList();
        return reached.Count == 0 ? null : new DueMilestone(ReminderMilestone.DaysBefore, reached[0], lastDay);
    }

    /// <summary>The Monday of the week of <paramref name="day"/>: a digest is due once per week.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
