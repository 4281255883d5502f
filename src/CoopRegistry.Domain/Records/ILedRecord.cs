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

    /// <summary>The lead, then the coordinating agencies, each once: what the `agencies` filter matches.</summary>
    static List<string> AgenciesOf(ILedRecord record) =>
        record.LeadAgencyId.Length == 0
            ? [.. record.CoordinatingAgencyIds.Distinct()]
            : [record.LeadAgencyId, .. record.CoordinatingAgencyIds.Where(a => a != record.LeadAgencyId).Distinct()];
}
