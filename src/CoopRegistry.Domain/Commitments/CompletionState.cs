namespace CoopRegistry.Domain.Commitments;

/// <summary>Completion asked for by the lead, decided by the authority (values match the contract; 0 = none asked).</summary>
public enum CompletionState
{
    None = 0,
    Requested = 1,
    Accepted = 2,
    Returned = 3,
}
