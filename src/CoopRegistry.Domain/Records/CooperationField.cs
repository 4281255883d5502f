namespace CoopRegistry.Domain.Records;

/// <summary>A field of cooperation (names and values match the contract's CooperationField).</summary>
public enum CooperationField
{
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
