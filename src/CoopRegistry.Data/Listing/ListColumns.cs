using System.Reflection;

namespace CoopRegistry.Data.Listing;

/// <summary>
/// What a page of records reads: every column but the search text and its key, which only filters
/// use and no list shows (a commitment's are about a third of its row). The filter, order and
/// cursor still see them; the page's rows come back with both empty. Records only: other listings
/// read their rows whole.
/// </summary>
internal static class ListColumns<T> where T : class
{
    public static readonly Expression<Func<T, T>>? Projection = Build();

    private static Expression<Func<T, T>>? Build()
    {
        if (!typeof(RegistryRecord).IsAssignableFrom(typeof(T)) || typeof(T).IsAbstract || typeof(T).GetConstructor(Type.EmptyTypes) is null)
            return null;
        var row = Expression.Parameter(typeof(T), "row");
        var columns = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.Name is not (nameof(RegistryRecord.SearchDocument) or nameof(RegistryRecord.SearchKey)))
            .Select(p => Expression.Bind(p, Expression.Property(row, p)));
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), columns), row);
    }
}
