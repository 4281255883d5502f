namespace CoopRegistry.Data.Commitments;

/// <summary>The facts <see cref="CommitmentOwnership"/> judges a commitment by, read for it.</summary>
public static class CommitmentOwnershipFacts
{
    /// <summary>INVALID_ARGUMENT on <c>commitment.lead_agency</c> unless the commitment is its home province's own, or a partner's undertaking.</summary>
    public static async Task DemandOwnObligationAsync(this RecordStore store, Commitment commitment, CancellationToken cancellationToken)
    {
        if (commitment.LeadAgencyId.Length == 0)
            return;
        var lead = await store.Db.Agencies.AsNoTracking().Where(a => a.Id == commitment.LeadAgencyId)
            .Select(a => new { a.ProvinceCode }).SingleOrDefaultAsync(cancellationToken);
        if (lead is null || lead.ProvinceCode == commitment.HomeProvinceCode)
            return; // an unknown agency is the reference check's to name
        var sourceProvinces = commitment.SourceCollection == RecordCollections.Agreements
            ? await store.Db.Set<Agreement>().AsNoTracking().Where(a => a.Id == commitment.SourceId)
                .Select(a => a.PartyProvinceCodes).SingleOrDefaultAsync(cancellationToken) ?? []
            : [];
        CommitmentOwnership.Demand(commitment, lead.ProvinceCode, sourceProvinces);
    }
}
