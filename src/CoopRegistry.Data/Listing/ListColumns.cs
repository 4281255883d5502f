using System.Reflection;

namespace CoopRegistry.Data.Listing;

/// <summary>
/// What a page of records reads: every column but those no List answer shows. The search text and
/// its key only filters use (a commitment's are about a third of its row); the party lists only
/// the visibility predicate, and a plan's or commitment's `agency_ids` only the `agencies` filter;
/// who created and updated a record only the audit log. The filter, order and cursor still see
/// them; the page's rows come back with them empty. Records only: other listings read their rows
/// whole. ListedLikeGetTests compares every listed record with its Get.
/// </summary>
internal static class ListColumns<T> where T : class
{
    private static readonly HashSet<string> Unshown =
    [
        nameof(RegistryRecord.SearchDocument), nameof(RegistryRecord.SearchKey),
        nameof(RegistryRecord.PartyProvinceCodes), nameof(RegistryRecord.PartyAgencyIds),
        nameof(RegistryRecord.CreatedByClient), nameof(RegistryRecord.UpdatedByClient),
        nameof(Commitment.AgencyIds),
    ];

    public static readonly Expression<Func<T, T>>? Projection = Build();

    private static Expression<Func<T, T>>? Build()
    {
        if (!typeof(RegistryRecord).IsAssignableFrom(typeof(T)) || typeof(T).IsAbstract || typeof(T).GetConstructor(Type.EmptyTypes) is null)
            return null;
        var row = Expression.Parameter(typeof(T), "row");
        var columns = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && !Unshown.Contains(p.Name))
            .Select(p => Expression.Bind(p, Expression.Property(row, p)));
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), columns), row);
    }
}
