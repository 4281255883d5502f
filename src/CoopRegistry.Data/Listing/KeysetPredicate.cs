namespace CoopRegistry.Data.Listing;

/// <summary>
/// "Rows after the cursor": the row-value comparison (k1, k2, id) &gt; (v1, v2, vid) written as
/// k1 after v1 OR (k1 = v1 AND (k2 after v2 OR (k2 = v2 AND id after vid))), so each key may have
/// its own direction and may be NULL. NULL is the greatest value (see <see cref="SortKey{T}"/>).
/// </summary>
internal static class KeysetPredicate
{
    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<(SortKey<T> Key, bool Descending)> keys, IReadOnlyList<object?> values)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? after = null;
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var (key, descending) = keys[i];
            var column = Sql.Bind(key.Sql, row);
            var strictlyAfter = StrictlyAfter(key, column, values[i], descending);
            after = after is null
                ? strictlyAfter ?? Expression.Constant(false)
                : Or(strictlyAfter, Expression.AndAlso(EqualTo(key, column, values[i]), after));
        }
        return Expression.Lambda<Func<T, bool>>(after!, row);
    }

    /// <summary>Rows whose key comes strictly after <paramref name="value"/>; null when none can.</summary>
    private static Expression? StrictlyAfter<T>(SortKey<T> key, Expression column, object? value, bool descending)
    {
        var isNull = key.Nullable ? Expression.Equal(column, Expression.Constant(null, key.Type)) : null;
        if (value is null)
            // NULL is the last value ascending and the first descending.
            return descending ? Expression.Not(isNull!) : null;
        var beyond = Compare(key, column, Sql.Parameter(value, key.Type), descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
        return descending || isNull is null ? beyond : Expression.OrElse(beyond, isNull);
    }

    private static Expression EqualTo<T>(SortKey<T> key, Expression column, object? value) =>
        value is null
            ? Expression.Equal(column, Expression.Constant(null, key.Type))
            : Expression.Equal(column, Sql.Parameter(value, key.Type));

    private static Expression Compare<T>(SortKey<T> key, Expression column, Expression value, ExpressionType op) =>
        key.Type == typeof(string) ? Sql.CompareText(column, value, op) : Expression.MakeBinary(op, column, value);

    private static Expression Or(Expression? left, Expression right) => left is null ? right : Expression.OrElse(left, right);
}
