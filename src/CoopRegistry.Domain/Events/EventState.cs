namespace CoopRegistry.Domain.Events;

/// <summary>planned → held or cancelled (contract EventState).</summary>
public enum EventState
{
    Planned = 1,
    Held = 2,
    Cancelled = 3,
}
