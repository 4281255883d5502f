namespace CoopRegistry.Server.Admin;

/// <summary>
/// Pages of clients and people: few enough (hundreds) to be filtered by province in memory, so a
/// page token is the offset into the caller's filtered, ordered list.
/// </summary>
public static class AdminPaging
{
    public static (int Offset, int Size) Read(int pageSize, string pageToken, string method)
    {
        var offset = 0;
        if (pageToken.Length > 0 && (!int.TryParse(pageToken, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))
            throw new InvalidArgumentException("page_token", $"is not a token from a previous {method} call");
        return (offset, Domain.Listing.PageSize.Resolve(pageSize));
    }

    /// <summary>The page of <paramref name="all"/> at the offset, and the next page's token (empty on the last).</summary>
    public static (List<T> Page, string NextToken) Take<T>(IReadOnlyList<T> all, int offset, int size) =>
        ([.. all.Skip(offset).Take(size)], offset + size < all.Count ? (offset + size).ToString(CultureInfo.InvariantCulture) : "");
}
