using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopRegistry.Identity.Clients;

/// <summary>How the development seed files are read and found: strict snake_case JSON arrays, one record each.</summary>
public static class DevSeedJson
{
    /// <summary>Every development secret and password says so, so that one found in production explains itself.</summary>
    public const string SecretPrefix = "dev-only-";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The records of the file at <paramref name="path"/>, read by <paramref name="parse"/>.</summary>
    public static IReadOnlyList<T> Read<T>(string path, Func<Stream, string, List<T>> parse)
    {
        if (!File.Exists(path))
            throw new DevSeedException(path, null, "file not found");
        using var stream = File.OpenRead(path);
        return parse(stream, path);
    }

    /// <summary>The records of the copy built into this assembly as resource <paramref name="name"/>.</summary>
    public static IReadOnlyList<T> ReadEmbedded<T>(string name, Func<Stream, string, List<T>> parse)
    {
        using var stream = typeof(DevSeedJson).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the assembly holds no {name} resource");
        return parse(stream, $"{name} (built in)");
    }

    /// <summary>The records of a file, each checked by <paramref name="problem"/>; the first bad one throws naming the file and the record.</summary>
    public static List<T> Parse<T>(Stream stream, string file, string what, (string Name, Func<T, string> Of) key, Func<T, string?> problem) where T : class
    {
        List<T?>? records;
        try
        {
            records = JsonSerializer.Deserialize<List<T?>>(stream, Json);
        }
        catch (JsonException e)
        {
            throw new DevSeedException(file, null, $"not a JSON array of {what} (line {e.LineNumber + 1}, {e.Path}): {e.Message}");
        }
        if (records is null || records.Count == 0)
            throw new DevSeedException(file, null, $"the file holds no {what}");
        var result = new List<T>();
        for (var i = 0; i < records.Count; i++)
        {
            var item = records[i] ?? throw new DevSeedException(file, $"#{i + 1}", $"null is not one of the {what}");
            var record = $"#{i + 1} ({key.Of(item)})";
            if (problem(item) is { } found)
                throw new DevSeedException(file, record, found);
            if (result.Any(r => key.Of(r) == key.Of(item)))
                throw new DevSeedException(file, record, $"{key.Name}: appears twice in the file");
            result.Add(item);
        }
        return result;
    }

    /// <summary>The configured path as given when it exists, else found by walking up from the binaries.</summary>
    public static string Resolve(string configured) => HostPaths.Resolve(configured, File.Exists);
}
