namespace CoopRegistry.Domain.Plans;

/// <summary>A plan's approval state (names and values match the contract's PlanState).</summary>
public enum PlanState
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    Returned = 4,
}
