namespace CoopRegistry.Data.Listing;

/// <summary>
/// A List request checked against its schema and applied to a query: <see cref="Filtered"/>
/// is estimated for the total; <see cref="PageQuery"/> is sorted, starts after the page token's row
/// and takes one row more than it returns, to tell whether another page follows (on the first page
/// at least <see cref="ListingQueryable.ExactTotalLimit"/> + 1 rows, to count a small result).
/// </summary>
public sealed class ListPlan<T> where T : class
{
    private readonly IReadOnlyList<(SortKey<T> Key, bool Descending)> keys;
    private readonly string fingerprint;

    internal ListPlan(IQueryable<T> query, ListSchema<T> schema, ListRequest request)
    {
        // Checked in the order of the request's fields, so the first bad one is named.
        PageSize = Domain.Listing.PageSize.Resolve(request.PageSize, schema.DefaultPageSize);
        CountsTotal = schema.CountsTotal;
        var filter = FilterParser.Parse(request.Filter);
        var order = OrderByParser.Parse(request.OrderBy, schema.OrderableFields);
        if (order.Count == 0)
            order = schema.DefaultOrderKeys;
        // The unique id is always the last key, so the order is total and the cursor exact.
        if (!order.Any(k => k.Field == schema.IdField))
            order = [.. order, new OrderKey(schema.IdField, false)];
        keys = order.Select(k => (schema.Sort(k.Field), k.Descending)).ToList();

        fingerprint = PageToken.Fingerprint([request.Filter?.Trim(), request.OrderBy?.Trim(), .. request.ExtraFingerprintParts]);
        var cursor = PageToken.DecodeCursor(request.PageToken, fingerprint, keys.Count);
        CarriedTotal = cursor?.Total;

        Filtered = filter is null ? query : query.Where(FilterTranslator.Translate(schema, filter));
        if (CustomPlan.Wanted(filter))
            Filtered = Filtered.TagWith(CustomPlan.Tag);
        var after = cursor is null ? Filtered : Filtered.Where(KeysetPredicate.After(keys, Parse(cursor.Keys)));
        // A first page reads at least past the exact-total limit, so the same scan that finds the page
        // also counts a small result: a separate bounded count would scan the filtered rows again.
        Reads = (cursor is null && CountsTotal ? Math.Max(PageSize, ListingQueryable.ExactTotalLimit) : PageSize) + 1;
        PageQuery = Sort(after).Take(Reads);
    }

    public int PageSize { get; }

    /// <summary>Whether the List method reports a total (see <see cref="ListSchema{T}.WithoutTotal"/>).</summary>
    public bool CountsTotal { get; }

    public IQueryable<T> Filtered { get; }

    public IQueryable<T> PageQuery { get; }

    /// <summary>At most how many rows <see cref="PageQuery"/> reads: fewer read means it reached the end.</summary>
    public int Reads { get; }

    /// <summary>The total counted with the listing's first page, carried by the page token (null on the first page).</summary>
    public int? CarriedTotal { get; }

    /// <summary>The token of the page that starts after <paramref name="last"/>, carrying the listing's <paramref name="total"/>.</summary>
    public string TokenAfter(T last, int? total) => PageToken.Encode(fingerprint, keys.Select(k => k.Key.Format(last)).ToList(), total);

    private List<object?> Parse(IReadOnlyList<string?> cursor) =>
        keys.Select((k, i) => k.Key.TryParse(cursor[i], out var value) ? value : throw PageToken.NotOurs()).ToList();

    private IQueryable<T> Sort(IQueryable<T> query)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            var (key, descending) = keys[i];
            var method = (i == 0, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            query = query.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), method, [typeof(T), key.Type], query.Expression, Expression.Quote(key.Sql)));
        }
        return query;
    }
}
