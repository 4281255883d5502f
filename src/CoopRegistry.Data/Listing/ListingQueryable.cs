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
        var total = await plan.Filtered.CountAsync(cancellationToken);
        var rows = await plan.PageQuery.ToListAsync(cancellationToken);
        if (rows.Count <= plan.PageSize)
            return new Page<T>(rows, total, "");
        rows.RemoveAt(rows.Count - 1);
        return new Page<T>(rows, total, plan.TokenAfter(rows[^1]));
    }
}
