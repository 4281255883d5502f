namespace CoopRegistry.Data.Listing;

/// <summary>
/// One order_by key: the SQL expression rows are sorted by (collated text, an enum's rank, a
/// date…), and how to read the same value from a loaded row for the next page token.
/// NULL is the greatest value: NULLS LAST ascending and NULLS FIRST descending, which is
/// PostgreSQL's own default, so ORDER BY needs no NULLS clause and the keyset predicate agrees.
/// </summary>
internal sealed class SortKey<T>(LambdaExpression sql, Func<T, object?> read)
{
    /// <summary>A lambda from T to a nullable key (string, int?, DateOnly?, DateTime?, decimal?).</summary>
    public LambdaExpression Sql { get; } = sql;

    public Type Type => Sql.ReturnType;

    public bool Nullable => !Type.IsValueType || System.Nullable.GetUnderlyingType(Type) is not null;

    public string? Format(T row) => read(row) switch
    {
        null => null,
        DateTime t => t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    /// <summary>The token's text back as a key value; false when it does not parse (a forged token).</summary>
    public bool TryParse(string? text, out object? value)
    {
        value = null;
        if (text is null)
            return Nullable;
        var type = System.Nullable.GetUnderlyingType(Type) ?? Type;
        var invariant = CultureInfo.InvariantCulture;
        (bool ok, object? value) parsed = type switch
        {
            _ when type == typeof(string) => (true, text),
            _ when type == typeof(int) => (int.TryParse(text, invariant, out var i), (object?)i),
            _ when type == typeof(long) => (long.TryParse(text, invariant, out var l), l),
            _ when type == typeof(decimal) => (decimal.TryParse(text, NumberStyles.Float, invariant, out var m), m),
            _ when type == typeof(DateOnly) => (DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var d), d),
            _ when type == typeof(DateTime) => (DateTime.TryParse(text, invariant, DateTimeStyles.RoundtripKind, out var t) && t.Kind == DateTimeKind.Utc, t),
            _ => (false, (object?)null),
        };
        value = parsed.value;
        return parsed.ok;
    }

    public static SortKey<T> Create<TKey>(Expression<Func<T, TKey>> sql, Func<T, object?> read) => new(sql, read);
}
