using CoopRegistry.Domain.Listing;
using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Data.Listing;

/// <summary>The one listing engine: filter, order, keyset page and total of any EF Core query.</summary>
public static class ListingQueryable
{
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
        var rows = await plan.PageQuery.ToListAsync(cancellationToken);
        var more = rows.Count > plan.PageSize;
        // Counted once per listing: a first page that holds everything is its own count, and later
        // pages repeat the first page's total from the token rather than count a large result again.
        var total = plan.CarriedTotal
            ?? (plan.IsFirstPage && !more ? rows.Count : await plan.Filtered.CountAsync(cancellationToken));
        if (!more)
            return new Page<T>(rows, total, "");
        rows.RemoveAt(rows.Count - 1);
        return new Page<T>(rows, total, plan.TokenAfter(rows[^1], total));
    }
}
