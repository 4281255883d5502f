namespace CoopRegistry.Data.Commitments;

/// <summary>What creating a statutory follow-up needs to know: whether it exists, and who leads it.</summary>
public static class StatutoryQueries
{
    /// <summary>Whether an agreement already has its commitment on <paramref name="basis"/> (e.g. Law 70/2020 Art. 19).</summary>
    public static Task<bool> HasStatutoryCommitmentAsync(this RecordStore store, string agreementId, string basis, CancellationToken cancellationToken) =>
        store.Db.Set<Commitment>().AnyAsync(c => c.SourceCollection == RecordCollections.Agreements
            && c.SourceId == agreementId && c.StatutoryBasis == basis, cancellationToken);

    /// <summary>The departments of a province with this short name (a body's legal name, the same in every province).</summary>
    public static Task<List<Agency>> DepartmentsNamedAsync(this RecordStore store, string provinceCode, string shortName, CancellationToken cancellationToken) =>
        store.Db.Agencies.AsNoTracking()
            .Where(a => a.ProvinceCode == provinceCode && a.Kind == AgencyKind.Department && a.ShortName == shortName)
            .ToListAsync(cancellationToken);
}
