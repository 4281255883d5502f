namespace CoopRegistry.Data.Listing;

/// <summary>
/// What one List method accepts in filter and order_by, in the contract's field names, and the
/// columns they mean. Build one static instance per resource; it is immutable once built and
/// safe to share between requests.
/// </summary>
public sealed class ListSchema<T> where T : class
{
    private readonly Dictionary<string, ListField<T>> filters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortKey<T>> sorts = new(StringComparer.Ordinal);
    private readonly List<OrderKey> defaultOrder = [];

    /// <param name="idField">The contract name of the unique key (e.g. "name"): orderable, and always the last sort key.</param>
    /// <param name="id">The unique, non-null column behind it; sorted in the column's own collation.</param>
    public ListSchema(string idField, Expression<Func<T, string>> id)
    {
        IdField = idField;
        var read = id.Compile();
        sorts[idField] = new SortKey<T>(id, row => read(row));
    }

    /// <param name="idField">The contract name of the unique key (e.g. "sequence").</param>
    /// <param name="id">The unique number behind it.</param>
    public ListSchema(string idField, Expression<Func<T, long>> id)
    {
        IdField = idField;
        var read = id.Compile();
        sorts[idField] = new SortKey<T>(id, row => read(row));
    }

    private ListSchema(ListSchema<T> shared)
    {
        IdField = shared.IdField;
        filters = new(shared.filters, StringComparer.Ordinal);
        sorts = new(shared.sorts, StringComparer.Ordinal);
        defaultOrder = [.. shared.defaultOrder];
        SearchKey = shared.SearchKey;
        DefaultPageSize = shared.DefaultPageSize;
        CountsTotal = shared.CountsTotal;
    }

    /// <summary>
    /// A copy to add more fields to, for a resource with a field that depends on the request (a
    /// state judged at the call's instant): the shared fields, with the readers compiled for their
    /// sort keys, are built once rather than for every call.
    /// </summary>
    public ListSchema<T> Extend() => new(this);

    public string IdField { get; }

    public IReadOnlyCollection<string> FilterableFields => filters.Keys;

    public IReadOnlyCollection<string> OrderableFields => sorts.Keys;

    internal LambdaExpression? SearchKey { get; private set; }

    /// <summary>The page size when the request leaves it 0 (AIP-158: the contract states it).</summary>
    internal int DefaultPageSize { get; private set; } = PageSize.Default;

    /// <summary>Whether the List method reports total_size; one without it neither counts nor estimates.</summary>
    internal bool CountsTotal { get; private set; } = true;

    internal IReadOnlyList<OrderKey> DefaultOrderKeys => defaultOrder;

    /// <summary>Text: <c>=</c>/<c>!=</c> exact, <c>:</c> contains (case- and accent-insensitive), sorted in Vietnamese collation.</summary>
    public ListSchema<T> Text(string field, Expression<Func<T, string?>> column, bool orderable = true) =>
        Add(new TextField<T>(field, column), orderable ? TextField<T>.SortKey(column) : null);

    /// <summary>An enum written by its contract names; the column may be stored as a string (HasConversion&lt;string&gt;()).</summary>
    public ListSchema<T> Enum<TEnum>(string field, Expression<Func<T, TEnum>> column, IReadOnlyDictionary<string, TEnum> names, bool orderable = true)
        where TEnum : struct, Enum =>
        Enum(field, Nullable<T, TEnum>(column), names, orderable);

    public ListSchema<T> Enum<TEnum>(string field, Expression<Func<T, TEnum?>> column, IReadOnlyDictionary<string, TEnum> names, bool orderable = true)
        where TEnum : struct, Enum
    {
        var enumField = new EnumField<T, TEnum>(field, column, names);
        return Add(enumField, orderable ? enumField.SortKey() : null);
    }

    /// <summary>A calendar date (google.type.Date), written 2025-09-12.</summary>
    public ListSchema<T> Date(string field, Expression<Func<T, DateOnly?>> column, bool orderable = true) =>
        Value(field, column, FilterValues.DateTakes, FilterValues.Date, orderable);

    public ListSchema<T> Date(string field, Expression<Func<T, DateOnly>> column, bool orderable = true) =>
        Date(field, Nullable<T, DateOnly>(column), orderable);

    /// <summary>An instant (UTC DateTime, timestamptz), written in RFC 3339.</summary>
    public ListSchema<T> Timestamp(string field, Expression<Func<T, DateTime?>> column, bool orderable = true) =>
        Value(field, column, FilterValues.TimestampTakes, FilterValues.Timestamp, orderable);

    public ListSchema<T> Timestamp(string field, Expression<Func<T, DateTime>> column, bool orderable = true) =>
        Timestamp(field, Nullable<T, DateTime>(column), orderable);

    public ListSchema<T> Boolean(string field, Expression<Func<T, bool>> column) => Add(new BooleanField<T>(field, column), null);

    /// <summary>A whole number, compared and sorted as the column is (its index serves the order).</summary>
    public ListSchema<T> Integer(string field, Expression<Func<T, int>> column, bool orderable = true) =>
        Value(field, Nullable<T, int>(column), FilterValues.IntegerTakes, FilterValues.Integer, orderable);

    /// <summary>A number; for integer columns pass <c>x => (decimal?)x.Count</c>.</summary>
    public ListSchema<T> Number(string field, Expression<Func<T, decimal?>> column, bool orderable = true) =>
        Value(field, column, FilterValues.NumberTakes, FilterValues.Number, orderable);

    /// <summary>
    /// A repeated string (text[]): <c>field:"x"</c> and <c>field = "x"</c> mean contains. With
    /// <paramref name="resourceCollection"/> the value is a resource name ("provinces/KH-16") and the array holds ids.
    /// </summary>
    public ListSchema<T> TextList(string field, Expression<Func<T, List<string>>> column, string? resourceCollection = null) =>
        Add(new ArrayField<T, string>(field, column, resourceCollection), null);

    /// <summary>A repeated enum stored as text[] of the enum's C# names (element conversion to string).</summary>
    public ListSchema<T> EnumList<TEnum>(string field, Expression<Func<T, List<TEnum>>> column, IReadOnlyDictionary<string, TEnum> names)
        where TEnum : struct, Enum =>
        Add(new ArrayField<T, TEnum>(field, column, names: names), null);

    /// <summary>A reference: <c>field = "provinces/KH-16"</c> compares the stored id ("KH-16").</summary>
    public ListSchema<T> ResourceName(string field, Expression<Func<T, string?>> idColumn, string collection, bool orderable = true)
    {
        var reference = new ResourceNameField<T>(field, idColumn, collection);
        return Add(reference, orderable ? reference.SortKey() : null);
    }

    /// <summary>
    /// A field that is a condition rather than a column (<c>overdue_on = 2026-07-01</c>):
    /// <paramref name="condition"/> builds it from the written value, or answers null when the value
    /// is not one the field takes (described by <paramref name="takes"/>). <c>=</c> and <c>:</c> apply it, <c>!=</c> negates it.
    /// </summary>
    public ListSchema<T> Condition(string field, string takes, Func<FilterLiteral, Expression<Func<T, bool>>?> condition) =>
        Add(new ConditionField<T>(field, takes, condition), null);

    /// <summary>
    /// The folded search text bare words and phrases are looked for in: normally the stored
    /// generated column <c>search_key</c> (registry.search_key(search_document), GIN trigram index).
    /// </summary>
    public ListSchema<T> Search(Expression<Func<T, string>> searchKey)
    {
        SearchKey = searchKey;
        return this;
    }

    /// <summary>The page size when the request leaves it 0, for a List method whose contract states another than 50.</summary>
    public ListSchema<T> PageSizeDefault(int size)
    {
        DefaultPageSize = size;
        return this;
    }

    /// <summary>For a List method without total_size: the first page reads only what it returns.</summary>
    public ListSchema<T> WithoutTotal()
    {
        CountsTotal = false;
        return this;
    }

    /// <summary>The order when order_by is empty (before the id); call again for further keys.</summary>
    public ListSchema<T> DefaultOrder(string field, bool descending = false)
    {
        if (!sorts.ContainsKey(field))
            throw new InvalidOperationException($"{field} is not an orderable field");
        defaultOrder.Add(new OrderKey(field, descending));
        return this;
    }

    internal ListField<T>? Filter(string field) => filters.GetValueOrDefault(field);

    internal SortKey<T> Sort(string field) => sorts[field];

    private ListSchema<T> Value<TValue>(string field, Expression<Func<T, TValue?>> column, string takes, Func<string, TValue?> parse, bool orderable)
        where TValue : struct
    {
        var valueField = new ValueField<T, TValue>(field, column, takes, parse);
        return Add(valueField, orderable ? valueField.SortKey() : null);
    }

    private ListSchema<T> Add(ListField<T> field, SortKey<T>? sort)
    {
        if (!filters.TryAdd(field.Name, field))
            throw new InvalidOperationException($"{field.Name} is declared twice");
        if (sort is not null && !sorts.TryAdd(field.Name, sort))
            throw new InvalidOperationException($"{field.Name} is declared twice");
        return this;
    }

    private static Expression<Func<TRow, TValue?>> Nullable<TRow, TValue>(Expression<Func<TRow, TValue>> column)
        where TValue : struct =>
        Expression.Lambda<Func<TRow, TValue?>>(Expression.Convert(column.Body, typeof(TValue?)), column.Parameters);
}
