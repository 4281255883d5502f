using System.Linq.Expressions;
using CoopRegistry.Domain.Listing;
using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Data.Queries;

/// <summary>Applies a parsed order_by and page window to an EF query, and counts the total.</summary>
internal static class QueryableListing
{
    public static async Task<Page<T>> ToPageAsync<T>(
        this IQueryable<T> query,
        ListQuery list,
        IReadOnlyDictionary<string, Expression<Func<T, object?>>> orderFields,
        string defaultOrder,
        CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        // The default key always comes last, so equal sort values still page in a stable order.
        var keys = list.Order.Append(new OrderKey(defaultOrder, false)).DistinctBy(k => k.Field).ToList();
        var ordered = keys[0].Descending ? query.OrderByDescending(orderFields[keys[0].Field]) : query.OrderBy(orderFields[keys[0].Field]);
        foreach (var key in keys.Skip(1))
            ordered = key.Descending ? ordered.ThenByDescending(orderFields[key.Field]) : ordered.ThenBy(orderFields[key.Field]);
        var items = await ordered.Skip(list.Offset).Take(list.PageSize).ToListAsync(cancellationToken);
        return new Page<T>(items, total, list.NextPageToken(total));
    }
}
