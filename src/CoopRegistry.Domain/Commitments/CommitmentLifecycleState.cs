namespace CoopRegistry.Domain.Commitments;

/// <summary>
/// The stored part of a commitment's state. The contract's NOT_STARTED / IN_PROGRESS / OVERDUE
/// and DONE_ON_TIME / DONE_LATE are computed from it, the reports, the deadline and the clock.
/// </summary>
public enum CommitmentLifecycleState
{
    Open = 1,
    Done = 2,
    Cancelled = 3,
    Waived = 4,
}
