namespace CoopRegistry.Domain.Events;

/// <summary>What kind of event (contract EventKind; same names, same numbers).</summary>
public enum EventKind
{
    Conference = 1,
    WorkingSession = 2,
    LeadersMeeting = 3,
    TradeFair = 4,
    BusinessMeeting = 5,
    DelegationVisit = 6,
}
