namespace CoopRegistry.Data.Listing;

/// <summary>
/// A field that is not one column: <c>field = value</c> (or <c>:</c>) becomes a condition built from
/// the value; <c>!=</c> is its negation. The builder answers null for a value it does not take.
/// Its "column" is the row itself, so the condition is bound to it.
/// </summary>
internal sealed class ConditionField<T>(string name, string takes, Func<FilterLiteral, Expression<Func<T, bool>>?> condition)
    : ListField<T>(name, (Expression<Func<T, T>>)(row => row))
{
    protected override Expression Compare(Expression column, Comparison comparison)
    {
        if (comparison.Operator is not (ComparisonOperator.Equal or ComparisonOperator.Has or ComparisonOperator.NotEqual))
            throw Unsupported(comparison, "=, != or :");
        var predicate = condition(comparison.Value) ?? throw WrongValue(comparison, takes);
        var body = Sql.Bind(predicate, column);
        return comparison.Operator == ComparisonOperator.NotEqual ? Expression.Not(body) : body;
    }
}
