namespace CoopRegistry.Data.Listing;

/// <summary>A reference written as a resource name ("provinces/KH-16"), compared with the stored id.</summary>
internal sealed class ResourceNameField<T>(string name, Expression<Func<T, string?>> idColumn, string collection) : ListField<T>(name, idColumn)
{
    protected override Expression Compare(Expression column, Comparison comparison) =>
        Equality(comparison, column, Sql.Parameter<string?>(ResourceId(comparison, collection)), c => Unsupported(c, "=, != or :"));

    /// <summary>Ids sort in the column's own collation: they are codes, not words.</summary>
    public SortKey<T> SortKey()
    {
        var read = ((Expression<Func<T, string?>>)Column).Compile();
        return new SortKey<T>(Column, row => read(row));
    }
}
