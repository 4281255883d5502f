namespace CoopRegistry.Data.Listing;

/// <summary>
/// Text: <c>=</c> and <c>!=</c> are exact; <c>:</c> is "contains", ignoring case and diacritics;
/// <c>&lt;</c>, <c>&gt;</c>… compare in Vietnamese collation, the order the list sorts in.
/// </summary>
internal sealed class TextField<T>(string name, Expression<Func<T, string?>> column) : ListField<T>(name, column)
{
    protected override Expression Compare(Expression column, Comparison comparison)
    {
        var text = QuotedText(comparison);
        var value = Sql.Parameter<string?>(text);
        return comparison.Operator switch
        {
            ComparisonOperator.Equal => Expression.Equal(column, value),
            ComparisonOperator.NotEqual => Expression.NotEqual(column, value),
            // The explicit NOT NULL keeps `-field:"x"` true for rows without the field.
            ComparisonOperator.Has => Expression.AndAlso(
                Expression.NotEqual(column, Expression.Constant(null, typeof(string))),
                Sql.Contains(Sql.SearchKey(column), text)),
            var op => Sql.CompareText(Sql.Collate(column), value, op switch
            {
                ComparisonOperator.Less => ExpressionType.LessThan,
                ComparisonOperator.LessOrEqual => ExpressionType.LessThanOrEqual,
                ComparisonOperator.Greater => ExpressionType.GreaterThan,
                _ => ExpressionType.GreaterThanOrEqual,
            }),
        };
    }

    public static SortKey<T> SortKey(Expression<Func<T, string?>> column)
    {
        var read = column.Compile();
        return new SortKey<T>(Expression.Lambda<Func<T, string?>>(Sql.Collate(column.Body), column.Parameters), row => read(row));
    }
}
