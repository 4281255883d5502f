namespace CoopRegistry.Data.Listing;

/// <summary>The one listing engine: filter, order, keyset page and total of any EF Core query.</summary>
public static class ListingQueryable
{
    /// <summary>Totals are exact up to this many rows; past it, PostgreSQL's estimate.</summary>
    public const int ExactTotalLimit = 100;

    /// <summary>
    /// Checks <paramref name="request"/> against <paramref name="schema"/> (INVALID_ARGUMENT naming
    /// page_size, filter, order_by or page_token) and applies it to <paramref name="query"/>, which
    /// the caller has already narrowed to what the caller may see.
    /// </summary>
    public static ListPlan<T> ToListPlan<T>(this IQueryable<T> query, ListSchema<T> schema, ListRequest request) where T : class =>
        new(query, schema, request);

    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, ListSchema<T> schema, ListRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var plan = query.ToListPlan(schema, request);
        var page = ListColumns<T>.Projection is { } columns ? plan.PageQuery.Select(columns) : plan.PageQuery;
        // Counted once per listing, with its first page; later pages repeat that total from the token
        // rather than count a large result again. The first page's estimate travels with its query.
        using var estimate = plan.CountsTotal && plan.CarriedTotal is null ? RowEstimate.Offer(Unordered(plan)) : null;
        var rows = await page.ToListAsync(cancellationToken);
        var more = rows.Count > plan.PageSize;
        int? total = !plan.CountsTotal ? null : plan.CarriedTotal ?? await FirstPageTotalAsync(plan, rows.Count, estimate?.Rows, cancellationToken);
        if (!more)
            return new Page<T>(rows, total ?? 0, "");
        rows.RemoveRange(plan.PageSize, rows.Count - plan.PageSize);
        return new Page<T>(rows, total ?? 0, plan.TokenAfter(rows[^1], total));
    }

    /// <summary>
    /// Exact when the first page's read (the page and one more row, and never fewer than
    /// <see cref="ExactTotalLimit"/> + 1) found the end: the rows read are the count. Past it
    /// PostgreSQL's estimate (AIP-158 allows one; never below what was read), so the first page of a
    /// listing of a million rows neither counts them all nor reports a stale estimate for a small result.
    /// </summary>
    private static async Task<int> FirstPageTotalAsync<T>(ListPlan<T> plan, int read, long? carried, CancellationToken cancellationToken) where T : class
    {
        if (read < plan.Reads)
            return read;
        var estimate = carried ?? await RowEstimate.OfAsync(Unordered(plan), cancellationToken);
        return (int)Math.Clamp(estimate, read, int.MaxValue);
    }

    // Planned as SELECT 1: the estimate needs the conditions, not the columns.
    private static IQueryable<int> Unordered<T>(ListPlan<T> plan) where T : class => plan.Filtered.Select(_ => 1);
}
