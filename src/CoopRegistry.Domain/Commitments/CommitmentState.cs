namespace CoopRegistry.Domain.Commitments;

/// <summary>A commitment's state as callers see it (names and values match the contract's CommitmentState).</summary>
public enum CommitmentState
{
    NotStarted = 1,
    InProgress = 2,
    DoneOnTime = 3,
    DoneLate = 4,
    Overdue = 5,
    Cancelled = 6,
    Waived = 7,
}
