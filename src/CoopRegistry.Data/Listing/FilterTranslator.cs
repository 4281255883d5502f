namespace CoopRegistry.Data.Listing;

/// <summary>Turns a parsed filter into one predicate EF Core translates to SQL (nothing is filtered in memory).</summary>
internal static class FilterTranslator
{
    public static Expression<Func<T, bool>> Translate<T>(ListSchema<T> schema, FilterNode filter) where T : class
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, bool>>(Visit(schema, row, filter), row);
    }

    private static Expression Visit<T>(ListSchema<T> schema, ParameterExpression row, FilterNode node) where T : class => node switch
    {
        And and => Expression.AndAlso(Visit(schema, row, and.Left), Visit(schema, row, and.Right)),
        Or or => Expression.OrElse(Visit(schema, row, or.Left), Visit(schema, row, or.Right)),
        Not not => Expression.Not(Visit(schema, row, not.Operand)),
        Phrase phrase when schema.SearchKey is { } searchKey => Sql.Contains(Sql.Bind(searchKey, row), phrase.Text),
        Phrase phrase => throw FilterParser.Error(phrase.Position,
            $"this list has no free-text search; compare a field instead ({Fields(schema)})"),
        Comparison comparison => (schema.Filter(comparison.Field)
            ?? throw FilterParser.Error(comparison.Position, $"cannot filter on '{comparison.Field}'; filterable fields are {Fields(schema)}"))
            .Filter(row, comparison),
        _ => throw new InvalidOperationException($"unknown filter node {node.GetType().Name}"),
    };

    private static string Fields<T>(ListSchema<T> schema) where T : class =>
        schema.FilterableFields.Count == 0 ? "none" : string.Join(", ", schema.FilterableFields);
}
