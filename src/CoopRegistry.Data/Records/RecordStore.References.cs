namespace CoopRegistry.Data.Records;

/// <summary>What every write checks: the home province, the references, the parties and search text that follow from them.</summary>
public sealed partial class RecordStore
{
    /// <summary>
    /// Which of <paramref name="ids"/> in <paramref name="collection"/> the current caller may see:
    /// reads go through the visible views, which apply the call's row scope, the rule Get applies.
    /// </summary>
    public Task<HashSet<string>> VisibleIdsAsync(string collection, List<string> ids, CancellationToken cancellationToken) =>
        ReferenceTargets.ExistingAsync(db, collection, ids, cancellationToken);

    private async Task RequireHomeProvinceAsync(RegistryRecord record, CancellationToken cancellationToken)
    {
        var home = await db.Provinces.AsNoTracking().SingleOrDefaultAsync(p => p.Code == record.HomeProvinceCode, cancellationToken);
        if (home is not { IsHome: true })
            throw new InvalidArgumentException("home_province", $"provinces/{record.HomeProvinceCode} is not a home province of the registry");
    }

    private async Task RequireExistingAsync(IEnumerable<RecordReference> references, CancellationToken cancellationToken)
    {
        var violations = new List<FieldViolation>();
        foreach (var group in references.GroupBy(r => r.Collection))
        {
            var existing = await ReferenceTargets.ExistingAsync(db, group.Key, group.Select(r => r.Id).Distinct().ToList(), cancellationToken);
            violations.AddRange(group.Where(r => !existing.Contains(r.Id))
                .Select(r => new FieldViolation(r.Field, $"{r.Collection}/{r.Id} does not exist")));
        }
        if (violations.Count > 0)
            throw new InvalidArgumentException(violations);
    }

    /// <summary>Every named province, agency and record must exist; parties and search text follow from them.</summary>
    private async Task PrepareAsync(RegistryRecord record, CancellationToken cancellationToken)
    {
        var references = record.References().ToList();
        await RequireExistingAsync(references, cancellationToken);

        var partyAgencies = RecordParties.AgenciesOf(record);
        var agencyProvinces = await db.Agencies.AsNoTracking()
            .Where(a => partyAgencies.Contains(a.Id) && a.ProvinceCode != null)
            .Select(a => a.ProvinceCode!).ToListAsync(cancellationToken);
        RecordParties.Apply(record, agencyProvinces);
        record.RefreshSearchDocument();
    }
}
