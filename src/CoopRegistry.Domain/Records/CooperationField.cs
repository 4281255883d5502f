namespace CoopRegistry.Domain.Records;

/// <summary>A field of cooperation (contract CooperationField; same names, same numbers).</summary>
public enum CooperationField
{
    /// <summary>Not set: refused by validation.</summary>
    Unspecified = 0,
    Investment = 1,
    Trade = 2,
    BorderGateLogistics = 3,
    Agriculture = 4,
    CultureSportTourism = 5,
    ScienceTechnology = 6,
    Health = 7,
    Education = 8,
    BorderManagement = 9,
    PeopleToPeople = 10,
    Other = 11,
}
