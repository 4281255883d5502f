namespace CoopRegistry.Domain.Records;

/// <summary>
/// A record one agency leads, with agencies coordinating, partner provinces and an agency that
/// approves it: plans and commitments.
/// </summary>
public interface ILedRecord
{
    string LeadAgencyId { get; }

    List<string> CoordinatingAgencyIds { get; }

    List<string> PartnerProvinceCodes { get; }

    string? ApprovingAuthorityId { get; }
}
