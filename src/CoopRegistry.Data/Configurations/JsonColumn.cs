namespace CoopRegistry.Data.Configurations;

/// <summary>Stores a small list of value records as one jsonb column, compared by value.</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<List<T>> HasJsonConversion<T>(this PropertyBuilder<List<T>> property) =>
        property
            .HasColumnType("jsonb")
            .HasConversion(
                list => JsonSerializer.Serialize(list, Options),
                json => JsonSerializer.Deserialize<List<T>>(json, Options) ?? new List<T>(),
                new ValueComparer<List<T>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => HashOf(list),
                    list => list.ToList()));

    // A method, not a lambda inside the comparer's expression: EF Core compiles that expression,
    // and a nested lambda in it would build a new delegate every time a row is snapshotted.
    private static int HashOf<T>(List<T> list)
    {
        var hash = new HashCode();
        foreach (var item in list)
            hash.Add(item);
        return hash.ToHashCode();
    }
}

/// <summary>Stores one value record (or none) as a jsonb column, compared by its JSON.</summary>
internal static class JsonValueColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<T?> HasJsonValueConversion<T>(this PropertyBuilder<T?> property) where T : class =>
        property
            .HasColumnType("jsonb")
            .HasConversion(
                value => JsonSerializer.Serialize(value, Options),
                json => JsonSerializer.Deserialize<T>(json, Options),
                new ValueComparer<T?>(
                    (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                    value => JsonSerializer.Serialize(value, Options).GetHashCode(),
                    value => value == null ? null : JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)));
}
