namespace CoopRegistry.Domain.Directory;

/// <summary>What kind of body an agency is. Names match the contract's enum values.</summary>
public enum AgencyKind
{
    Administration = 1,
    Department = 2,
    Board = 3,
    Commune = 4,
    Military = 5,
    Police = 6,
    Customs = 7,
    Tax = 8,
    PartnerDepartment = 9,
    Enterprise = 10,
    CentralBody = 11,
}
