namespace CoopRegistry.Domain.Commitments;

/// <summary>
/// A province's obligations are its own. In the source documents a home province assigns tasks to
/// its own agencies (the conclusion notices name Gia Lai's departments as chủ trì); what a partner
/// undertakes in an agreement ("phía Ratanakiri bảo đảm lưu thông hàng hóa", the minutes of
/// 15/9/2025) is the partner's commitment in that agreement. So a commitment's lead agency is an
/// agency of its home province, except for a partner's undertaking: committed by the partner
/// province, led by one of its agencies, taken from an agreement the partner is party to, with the
/// partner among its partner provinces (so the partner sees it, and its figures are the partner
/// agency's, not a home agency's). Anything else is INVALID_ARGUMENT on <c>commitment.lead_agency</c>.
/// </summary>
public static class CommitmentOwnership
{
    public const string Field = "commitment.lead_agency";

    /// <param name="commitment">The commitment about to be written.</param>
    /// <param name="leadProvinceCode">The lead agency's province; null for a body of no province (a ministry).</param>
    /// <param name="sourceProvinceCodes">The provinces party to the commitment's source record.</param>
    public static void Demand(Commitment commitment, string? leadProvinceCode, IReadOnlyCollection<string> sourceProvinceCodes)
    {
        if (commitment.LeadAgencyId.Length == 0 || leadProvinceCode == commitment.HomeProvinceCode)
            return;
        var lead = $"agencies/{commitment.LeadAgencyId}";
        if (leadProvinceCode is null)
            throw new InvalidArgumentException(Field, $"{lead} is not an agency of a province; provinces/{commitment.HomeProvinceCode} assigns its tasks to its own agencies");
        if (IsPartnersUndertaking(commitment, leadProvinceCode, sourceProvinceCodes))
            return;
        throw new InvalidArgumentException(Field,
            $"{lead} is an agency of provinces/{leadProvinceCode}; provinces/{commitment.HomeProvinceCode} assigns its tasks to its own agencies. " +
            $"A partner's undertaking is recorded with committing_party.province = provinces/{leadProvinceCode}, an agreement it is party to as source, " +
            $"and provinces/{leadProvinceCode} among partner_provinces");
    }

    private static bool IsPartnersUndertaking(Commitment commitment, string partner, IReadOnlyCollection<string> sourceProvinceCodes) =>
        commitment.CommittingProvinceCode == partner
        && commitment.SourceCollection == RecordCollections.Agreements
        && sourceProvinceCodes.Contains(partner)
        && commitment.PartnerProvinceCodes.Contains(partner);
}
