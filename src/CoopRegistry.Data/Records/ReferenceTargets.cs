namespace CoopRegistry.Data.Records;

/// <summary>
/// Which ids exist in each collection a record may name. One line per collection: a new record
/// type that others may link to registers itself here.
/// </summary>
internal static class ReferenceTargets
{
    private delegate Task<List<string>> ExistingIds(RegistryDbContext db, List<string> ids, CancellationToken cancellationToken);

    private static readonly Dictionary<string, ExistingIds> Lookups = new()
    {
        [RecordReference.Provinces] = (db, ids, ct) => db.Provinces.Where(p => ids.Contains(p.Code)).Select(p => p.Code).ToListAsync(ct),
        [RecordReference.Agencies] = (db, ids, ct) => db.Agencies.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct),
        [RecordCollections.Directives] = (db, ids, ct) => db.Set<Directive>().Where(d => ids.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct),
        [RecordCollections.Agreements] = (db, ids, ct) => db.Set<Agreement>().Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct),
        [RecordCollections.Events] = (db, ids, ct) => db.Set<CooperationEvent>().Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(ct),
        [RecordCollections.Plans] = (db, ids, ct) => db.Set<Plan>().Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct),
        [RecordCollections.Commitments] = (db, ids, ct) => db.Set<Commitment>().Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct),
    };

    public static async Task<HashSet<string>> ExistingAsync(RegistryDbContext db, string collection, List<string> ids, CancellationToken cancellationToken)
    {
        if (!Lookups.TryGetValue(collection, out var lookup))
            throw new InvalidOperationException($"no reference lookup for collection '{collection}'");
        return [.. await lookup(db, ids, cancellationToken)];
    }
}
