namespace CoopRegistry.Data.Directives;

/// <summary>
/// Finds the plans, events and agreements citing directives, through their <c>directives</c>
/// columns, among the records the caller may see. One query per citing record type in
/// <see cref="Queries"/>.
/// </summary>
public sealed class DirectiveLinks(RecordStore store) : IDirectiveLinks
{
    /// <summary>A record citing directives: its collection, id and the directive ids it cites.</summary>
    public sealed record Citation(string Collection, string Id, List<string> DirectiveIds);

    private delegate IQueryable<Citation> CitationQuery(RecordStore store, List<string> directiveIds, Caller caller);

    /// <summary>One query per record type that cites directives; a new one adds its line here.</summary>
    private static readonly CitationQuery[] Queries =
    [
        (store, ids, caller) => store.Visible<CooperationEvent>(caller)
            .Where(e => e.DirectiveIds.Any(d => ids.Contains(d)))
            .Select(e => new Citation(CooperationEvent.CollectionName, e.Id, e.DirectiveIds)),
        (store, ids, caller) => store.Visible<Plan>(caller)
            .Where(p => p.DirectiveIds.Any(d => ids.Contains(d)))
            .Select(p => new Citation(Plan.CollectionName, p.Id, p.DirectiveIds)),
        (store, ids, caller) => store.Visible<Agreement>(caller)
            .Where(a => a.DirectiveIds.Any(d => ids.Contains(d)))
            .Select(a => new Citation(Agreement.CollectionName, a.Id, a.DirectiveIds)),
    ];

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> LinkedRecordsAsync(
        IReadOnlyCollection<string> directiveIds, Caller caller, CancellationToken cancellationToken)
    {
        var ids = directiveIds.Distinct().ToList();
        var citations = new List<Citation>();
        if (ids.Count > 0)
            foreach (var query in Queries)
                citations.AddRange(await query(store, ids, caller).ToListAsync(cancellationToken));
        return citations
            .SelectMany(c => c.DirectiveIds.Where(ids.Contains).Select(id => (Directive: id, Name: ResourceNames.Format(c.Collection, c.Id))))
            .GroupBy(link => link.Directive)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(link => link.Name).Distinct().Order(StringComparer.Ordinal).ToList());
    }
}
