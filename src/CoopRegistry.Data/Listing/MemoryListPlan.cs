namespace CoopRegistry.Data.Listing;

/// <summary>
/// The listing engine's paging for a result read whole into memory (the admin lists: a province's
/// clients and people, hundreds at most, from the token service's store), already filtered and in its
/// order: the same page sizes, page tokens and fingerprint as a query's <see cref="ListPlan{T}"/>,
/// checked before the result is read. Each row's position is a text whose ordinal order is the
/// list's order; a token carries the last one served.
/// </summary>
public sealed class MemoryListPlan
{
    private readonly string fingerprint;
    private readonly string? after;

    public MemoryListPlan(ListRequest request)
    {
        PageSize = Domain.Listing.PageSize.Resolve(request.PageSize);
        fingerprint = PageToken.Fingerprint([request.Filter?.Trim(), request.OrderBy?.Trim(), .. request.ExtraFingerprintParts]);
        if (PageToken.Decode(request.PageToken, fingerprint, 1) is { } keys)
            after = keys[0] ?? throw PageToken.NotOurs();
    }

    public int PageSize { get; }

    /// <summary>The page of <paramref name="ordered"/> after the token's position (no total: the List methods paged in memory report none).</summary>
    public Page<T> Page<T>(IEnumerable<T> ordered, Func<T, string> position)
    {
        var rows = (after is null ? ordered : ordered.Where(row => string.CompareOrdinal(position(row), after) > 0)).Take(PageSize + 1).ToList();
        if (rows.Count <= PageSize)
            return new Page<T>(rows, 0, "");
        rows.RemoveAt(PageSize);
        return new Page<T>(rows, 0, PageToken.Encode(fingerprint, [position(rows[^1])]));
    }
}
