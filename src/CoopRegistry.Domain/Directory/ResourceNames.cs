namespace CoopRegistry.Domain.Directory;

/// <summary>AIP-122 resource names of the form <c>{collection}/{id}</c>.</summary>
public static class ResourceNames
{
    public static string Format(string collection, string id) => $"{collection}/{id}";

    /// <summary>The id in <paramref name="name"/>, or INVALID_ARGUMENT naming <paramref name="field"/>.</summary>
    public static string ParseId(string collection, string? name, string field)
    {
        var prefix = collection + "/";
        if (string.IsNullOrEmpty(name))
            throw new InvalidArgumentException(field, $"is required, as {prefix}{{id}}");
        if (!name.StartsWith(prefix, StringComparison.Ordinal) || name.Length == prefix.Length || name.IndexOf('/', prefix.Length) >= 0)
            throw new InvalidArgumentException(field, $"'{Truncate(name)}' is not a name of the form {prefix}{{id}}");
        return name[prefix.Length..];
    }

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
