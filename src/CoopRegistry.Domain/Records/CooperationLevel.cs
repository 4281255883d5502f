namespace CoopRegistry.Domain.Records;

/// <summary>The level an agreement is signed or an event held at (contract CooperationLevel).</summary>
public enum CooperationLevel
{
    Province = 1,
    Department = 2,
    Commune = 3,
}
