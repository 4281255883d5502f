using System.Linq.Expressions;

namespace CoopRegistry.Domain.Commitments;

/// <summary>
/// The state callers see, computed from the stored lifecycle, the deadline facts and the clock
/// (never stored): cancelled and waived as stored; done on time unless the firm deadline's last day
/// passed before the completed day; an open one is overdue from <see cref="Commitment.OverdueFrom"/>,
/// else in progress once reported on (or completion asked), else not started. Recurring
/// commitments have no OverdueFrom, so they are never overdue as a whole.
/// </summary>
public static class CommitmentStatus
{
    public static CommitmentState At(Commitment commitment, DateTime now) => commitment.Lifecycle switch
    {
        CommitmentLifecycleState.Cancelled => CommitmentState.Cancelled,
        CommitmentLifecycleState.Waived => CommitmentState.Waived,
        CommitmentLifecycleState.Done => commitment.OverdueFrom != null && commitment.CompletedDate > commitment.DueDate
            ? CommitmentState.DoneLate
            : CommitmentState.DoneOnTime,
        _ when commitment.OverdueFrom != null && now >= commitment.OverdueFrom => CommitmentState.Overdue,
        _ when commitment.ReportCount > 0 || commitment.CompletionState == CompletionState.Requested => CommitmentState.InProgress,
        _ => CommitmentState.NotStarted,
    };

    /// <summary>The same rule as <see cref="At"/>, as an expression EF Core translates to SQL (the List filter `state`).</summary>
    public static Expression<Func<Commitment, CommitmentState>> Expression(DateTime now) => c =>
        c.Lifecycle == CommitmentLifecycleState.Cancelled ? CommitmentState.Cancelled
        : c.Lifecycle == CommitmentLifecycleState.Waived ? CommitmentState.Waived
        : c.Lifecycle == CommitmentLifecycleState.Done
            ? (c.OverdueFrom != null && c.CompletedDate > c.DueDate ? CommitmentState.DoneLate : CommitmentState.DoneOnTime)
        : c.OverdueFrom != null && c.OverdueFrom <= now ? CommitmentState.Overdue
        : c.ReportCount > 0 || c.CompletionState == CompletionState.Requested ? CommitmentState.InProgress
        : CommitmentState.NotStarted;

    /// <summary>
    /// Overdue at the end of local day <paramref name="day"/> (the List filter `overdue_on`): its firm
    /// deadline had passed by then and it was not yet done, cancelled or waived at that moment.
    /// </summary>
    /// <param name="endOfDay">00:00 local time of the next day, in UTC.</param>
    public static Expression<Func<Commitment, bool>> OverdueOn(DateOnly day, DateTime endOfDay) => c =>
        c.OverdueFrom != null && c.OverdueFrom < endOfDay
        && (c.Lifecycle == CommitmentLifecycleState.Open
            || (c.Lifecycle == CommitmentLifecycleState.Done && c.CompletedDate > day)
            || ((c.Lifecycle == CommitmentLifecycleState.Cancelled || c.Lifecycle == CommitmentLifecycleState.Waived) && c.ClosedTime >= endOfDay));
}
