namespace CoopRegistry.Data.Listing;

/// <summary>
/// An enum, written in filters by its contract name (AGENCY_KIND_DEPARTMENT); <c>=</c>, <c>!=</c>
/// and <c>:</c>. It sorts in the enum's declared order (the contract's order), whatever its storage.
/// </summary>
internal sealed class EnumField<T, TEnum>(string name, Expression<Func<T, TEnum?>> column, IReadOnlyDictionary<string, TEnum> names)
    : ListField<T>(name, column)
    where TEnum : struct, Enum
{
    protected override Expression Compare(Expression column, Comparison comparison)
    {
        if (comparison.Value.Quoted || !names.TryGetValue(comparison.Value.Text, out var value))
            throw WrongValue(comparison, $"one of {string.Join(", ", names.Keys)}");
        return Equality(comparison, column, Expression.Constant(value, typeof(TEnum?)), c => Unsupported(c, "=, != or :"));
    }

    /// <summary>CASE column WHEN first THEN 0 WHEN second THEN 1 … END: the declared order, NULL last.</summary>
    public SortKey<T> SortKey()
    {
        var values = Enum.GetValues<TEnum>();
        var ranks = values.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i);
        var typed = (Expression<Func<T, TEnum?>>)Column;
        Expression rank = Expression.Constant(null, typeof(int?));
        for (var i = values.Length - 1; i >= 0; i--)
            rank = Expression.Condition(Expression.Equal(typed.Body, Expression.Constant(values[i], typeof(TEnum?))), Expression.Constant(i, typeof(int?)), rank);
        var read = typed.Compile();
        return new SortKey<T>(Expression.Lambda<Func<T, int?>>(rank, typed.Parameters), row => read(row) is { } v ? ranks[v] : null);
    }
}
