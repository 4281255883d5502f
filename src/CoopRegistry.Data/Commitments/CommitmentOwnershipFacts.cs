namespace CoopRegistry.Data.Commitments;

/// <summary>The facts <see cref="CommitmentOwnership"/> judges a commitment by, read for it.</summary>
public static class CommitmentOwnershipFacts
{
    /// <summary>
    /// INVALID_ARGUMENT on <c>commitment.lead_agency</c> unless the commitment is its home province's
    /// own, or a partner's undertaking. The lead agency's province comes from the write's references
    /// read (<paramref name="found"/>); the source's parties are read only for another province's agency.
    /// </summary>
    public static async Task DemandOwnObligationAsync(this RecordStore store, Commitment commitment, ReferenceRows found, CancellationToken cancellationToken)
    {
        if (commitment.LeadAgencyId.Length == 0 || !found.TryGetAgencyProvince(commitment.LeadAgencyId, out var leadProvince))
            return; // an unknown agency is the reference check's to name
        if (leadProvince == commitment.HomeProvinceCode)
            return;
        var sourceProvinces = commitment.SourceCollection == RecordCollections.Agreements
            ? await store.Db.Set<Agreement>().AsNoTracking().Where(a => a.Id == commitment.SourceId)
                .Select(a => a.PartyProvinceCodes).SingleOrDefaultAsync(cancellationToken) ?? []
            : [];
        CommitmentOwnership.Demand(commitment, leadProvince, sourceProvinces);
    }
}
