namespace CoopRegistry.Data.Records;

/// <summary>What every write checks: the home province, the references, the parties and search text that follow from them.</summary>
public sealed partial class RecordStore
{
    // The records this call's writes found among their references: the same read through the
    // visible views, in the same row scope, that VisibleIdsAsync makes, so the write's answer (a new
    // commitment names its source) is not read again. A record this call writes is left out.
    private readonly HashSet<(string Collection, string Id)> seenByWrites = [];

    /// <summary>
    /// Which of <paramref name="ids"/> (ids by collection) the current caller may see, in one
    /// statement: reads go through the visible views, which apply the call's row scope, the rule Get
    /// applies. Records this call's writes already found are not read again.
    /// </summary>
    public async Task<IReadOnlySet<(string Collection, string Id)>> VisibleIdsAsync(IReadOnlyDictionary<string, List<string>> ids, CancellationToken cancellationToken)
    {
        var unseen = ids.Select(pair => (pair.Key, Ids: pair.Value.Where(id => !seenByWrites.Contains((pair.Key, id))).ToList()))
            .Where(pair => pair.Ids.Count > 0).ToDictionary(pair => pair.Key, pair => pair.Ids);
        if (unseen.Count == 0)
            return seenByWrites.ToHashSet();
        var visible = (await ReferenceTargets.ReadAsync(db, unseen, request: null, cancellationToken)).All.ToHashSet();
        visible.UnionWith(seenByWrites);
        return visible;
    }

    private static readonly Func<ReferenceRows, Task> NoReferenceRule = _ => Task.CompletedTask;

    /// <summary>
    /// Every named province, agency and record must exist and be visible to the caller (and
    /// <paramref name="homeProvince"/>, when given, be a home province of the registry, checked
    /// first), then the record's own rule on them holds; parties and search text follow. One read
    /// answers all of it (<see cref="ReferenceTargets"/>), or <paramref name="readFirst"/>, what a
    /// create read with its request id, when the record still names what it named then (its own
    /// checks do not change that, but are not relied on for it).
    /// </summary>
    private async Task PrepareAsync(RegistryRecord record, string? homeProvince, Func<ReferenceRows, Task> judgeReferences, CancellationToken cancellationToken,
        ReadReferences? readFirst = null)
    {
        var references = record.References().ToList();
        var found = readFirst is not null && readFirst.HomeProvince == homeProvince && readFirst.References.SequenceEqual(references)
            ? readFirst.Rows
            : await ReadReferencesAsync(references, homeProvince, request: null, cancellationToken);
        seenByWrites.UnionWith(found.All);
        seenByWrites.Remove((record.Collection, record.Id));
        DemandHomeProvince(found, homeProvince);
        DemandExisting(found, references);
        await judgeReferences(found);
        RecordParties.Apply(record, found.ProvincesOf(RecordParties.AgenciesOf(record)));
        record.RefreshSearchDocument();
    }

    /// <summary>What a create read before its checks: the record's references and home province as they were, what the read found.</summary>
    private sealed record ReadReferences(List<RecordReference> References, string HomeProvince, ReferenceRows Rows);

    /// <summary>A new record's references and the client's earlier use of <paramref name="request"/>, in one read.</summary>
    private async Task<ReadReferences> ReadFirstAsync(RegistryRecord record, RequestKey request, CancellationToken cancellationToken)
    {
        var references = record.References().ToList();
        return new ReadReferences(references, record.HomeProvinceCode, await ReadReferencesAsync(references, record.HomeProvinceCode, request, cancellationToken));
    }

    private async Task<ReferenceRows> ReadReferencesAsync(IReadOnlyList<RecordReference> references, string? homeProvince, RequestKey? request, CancellationToken cancellationToken)
    {
        var ids = references.GroupBy(r => r.Collection).ToDictionary(g => g.Key, g => g.Select(r => r.Id).Distinct().ToList());
        if (homeProvince is not null)
        {
            var provinces = ids.TryGetValue(RecordReference.Provinces, out var named) ? named : ids[RecordReference.Provinces] = [];
            if (!provinces.Contains(homeProvince))
                provinces.Add(homeProvince);
        }
        return await ReferenceTargets.ReadAsync(db, ids, request, cancellationToken);
    }

    private static void DemandHomeProvince(ReferenceRows found, string? homeProvince)
    {
        if (homeProvince is not null && !found.IsHomeProvince(homeProvince))
            throw new InvalidArgumentException("home_province", $"provinces/{homeProvince} is not a home province of the registry");
    }

    private static void DemandExisting(ReferenceRows found, IEnumerable<RecordReference> references)
    {
        var violations = references.GroupBy(r => r.Collection)
            .SelectMany(group => group.Where(r => !found.Exists(r.Collection, r.Id)))
            .Select(r => new FieldViolation(r.Field, $"{r.Collection}/{r.Id} does not exist"))
            .ToList();
        if (violations.Count > 0)
            throw new InvalidArgumentException(violations);
    }
}
