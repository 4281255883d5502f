namespace CoopRegistry.Data.Listing;

/// <summary>A filterable field of a list: turns one comparison into a SQL-translatable predicate.</summary>
internal abstract class ListField<T>(string name, LambdaExpression column)
{
    public string Name { get; } = name;

    public LambdaExpression Column { get; } = column;

    /// <summary>A bool expression over <paramref name="row"/> for <paramref name="comparison"/>.</summary>
    public Expression Filter(Expression row, Comparison comparison)
    {
        // AIP-160 `field:*`: the field has a value.
        if (comparison is { Operator: ComparisonOperator.Has, Value: { Quoted: false, Text: "*" } })
        {
            var column = Sql.Bind(Column, row);
            return column.Type.IsValueType && Nullable.GetUnderlyingType(column.Type) is null
                ? Expression.Constant(true)
                : Expression.NotEqual(column, Expression.Constant(null, column.Type));
        }
        return Compare(Sql.Bind(Column, row), comparison);
    }

    protected abstract Expression Compare(Expression column, Comparison comparison);

    protected InvalidArgumentException Unsupported(Comparison comparison, string allowed) =>
        FilterParser.Error(comparison.Position, $"{Name} cannot be compared with '{comparison.Operator.Symbol()}'; use {allowed}");

    protected InvalidArgumentException WrongValue(Comparison comparison, string takes) =>
        FilterParser.Error(comparison.Value.Position,
            $"{Name} takes {takes}, found {(comparison.Value.Quoted ? $"\"{comparison.Value.Text}\"" : comparison.Value.Text)}");

    protected string QuotedText(Comparison comparison) =>
        comparison.Value.Quoted ? comparison.Value.Text : throw WrongValue(comparison, "a quoted string");

    /// <summary>The id in a quoted resource name such as "provinces/KH-16".</summary>
    protected string ResourceId(Comparison comparison, string collection)
    {
        var prefix = collection + "/";
        var text = comparison.Value.Text;
        if (!comparison.Value.Quoted || !text.StartsWith(prefix, StringComparison.Ordinal) || text.Length == prefix.Length || text.IndexOf('/', prefix.Length) >= 0)
            throw WrongValue(comparison, $"a quoted name of the form \"{prefix}{{id}}\"");
        return text[prefix.Length..];
    }

    protected static Expression Equality(Comparison comparison, Expression column, Expression value, Func<Comparison, Exception> unsupported) =>
        comparison.Operator switch
        {
            ComparisonOperator.Equal or ComparisonOperator.Has => Expression.Equal(column, value),
            // C# null semantics, which EF Core keeps: rows without a value are "not equal" too.
            ComparisonOperator.NotEqual => Expression.NotEqual(column, value),
            _ => throw unsupported(comparison),
        };
}
