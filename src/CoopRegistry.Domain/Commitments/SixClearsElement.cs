namespace CoopRegistry.Domain.Commitments;

/// <summary>The "6 rõ" elements every task must make clear (values match the contract).</summary>
public enum SixClearsElement
{
    Person = 1,
    Task = 2,
    Time = 3,
    Responsibility = 4,
    Deliverable = 5,
    Authority = 6,
}
