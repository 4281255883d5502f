namespace CoopRegistry.Data.Listing;

/// <summary>true or false; <c>=</c>, <c>!=</c> and <c>:</c>.</summary>
internal sealed class BooleanField<T>(string name, Expression<Func<T, bool>> column) : ListField<T>(name, column)
{
    protected override Expression Compare(Expression column, Comparison comparison)
    {
        var value = comparison.Value is { Quoted: false, Text: "true" or "false" }
            ? comparison.Value.Text == "true"
            : throw WrongValue(comparison, "true or false");
        return Equality(comparison, column, Expression.Constant(value), c => Unsupported(c, "=, != or :"));
    }
}
