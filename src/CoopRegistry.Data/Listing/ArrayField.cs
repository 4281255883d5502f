using System.Reflection;

namespace CoopRegistry.Data.Listing;

/// <summary>
/// A repeated field stored as a PostgreSQL array: <c>=</c> and <c>:</c> mean "contains"
/// (<c>@value = ANY(column)</c>), <c>!=</c> "does not contain". Elements are quoted strings,
/// resource names (stored as ids) when a collection is given, or enum names when names are given.
/// </summary>
internal sealed class ArrayField<T, TElement>(
    string name, LambdaExpression column, string? resourceCollection = null, IReadOnlyDictionary<string, TElement>? names = null)
    : ListField<T>(name, column)
{
    private static readonly MethodInfo ContainsMethod = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(TElement));

    protected override Expression Compare(Expression column, Comparison comparison)
    {
        var contains = Expression.Call(ContainsMethod, column, Sql.Parameter(Element(comparison)));
        return comparison.Operator switch
        {
            ComparisonOperator.Equal or ComparisonOperator.Has => contains,
            ComparisonOperator.NotEqual => Expression.Not(contains),
            _ => throw Unsupported(comparison, ": (contains), = or !="),
        };
    }

    private TElement Element(Comparison comparison)
    {
        if (names is not null)
            return !comparison.Value.Quoted && names.TryGetValue(comparison.Value.Text, out var value)
                ? value
                : throw WrongValue(comparison, $"one of {string.Join(", ", names.Keys)}");
        var text = resourceCollection is null ? QuotedText(comparison) : ResourceId(comparison, resourceCollection);
        return (TElement)(object)text;
    }
}
