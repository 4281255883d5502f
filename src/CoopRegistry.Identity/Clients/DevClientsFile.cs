using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using CoopRegistry.Hosting;

namespace CoopRegistry.Identity.Clients;

/// <summary>
/// Reads and checks seeds/dev-clients.json. The first bad record stops the read, naming the file and
/// the record; a copy built into the assembly lets the start-up guard know the secrets anywhere.
/// </summary>
public static partial class DevClientsFile
{
    public const string EmbeddedName = "dev-clients.json";

    /// <summary>Every development secret says so, so that one found in production explains itself.</summary>
    public const string SecretPrefix = "dev-only-";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static IReadOnlyList<DevClient> Read(string path)
    {
        if (!File.Exists(path))
            throw new DevClientsException(path, null, "file not found");
        using var stream = File.OpenRead(path);
        return Parse(stream, path);
    }

    public static IReadOnlyList<DevClient> ReadEmbedded()
    {
        using var stream = typeof(DevClientsFile).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"the assembly holds no {EmbeddedName} resource");
        return Parse(stream, $"{EmbeddedName} (built in)");
    }

    /// <summary>The configured path as given when it exists, else found by walking up from the binaries.</summary>
    public static string Resolve(string configured) => HostPaths.Resolve(configured, File.Exists);

    private static List<DevClient> Parse(Stream stream, string file)
    {
        List<DevClient?>? records;
        try
        {
            records = JsonSerializer.Deserialize<List<DevClient?>>(stream, Json);
        }
        catch (JsonException e)
        {
            throw new DevClientsException(file, null, $"not a JSON array of clients (line {e.LineNumber + 1}, {e.Path}): {e.Message}");
        }
        if (records is null || records.Count == 0)
            throw new DevClientsException(file, null, "the file holds no clients");
        var clients = new List<DevClient>();
        for (var i = 0; i < records.Count; i++)
        {
            var client = records[i] ?? throw new DevClientsException(file, $"#{i + 1}", "null is not a client");
            var record = $"#{i + 1} ({client.ClientId})";
            if (Problem(client) is { } problem)
                throw new DevClientsException(file, record, problem);
            if (clients.Any(c => c.ClientId == client.ClientId))
                throw new DevClientsException(file, record, "client_id: appears twice in the file");
            clients.Add(client);
        }
        return clients;
    }

    private static string? Problem(DevClient client) => client switch
    {
        _ when !ClientIdPattern().IsMatch(client.ClientId) => "client_id: lower-case letters, digits and '-' only",
        _ when !client.ClientSecret.StartsWith(SecretPrefix, StringComparison.Ordinal) || client.ClientSecret.Length < 24 =>
            $"client_secret: must start with '{SecretPrefix}' and be at least 24 characters",
        _ when !AgencyPattern().IsMatch(client.Agency) => $"agency: '{client.Agency}' is not a resource name like agencies/vn30-so-ngoai-vu",
        _ when !ProvincePattern().IsMatch(client.Province) => $"province: '{client.Province}' is not a province code like VN-30",
        _ when client.Scopes.Count == 0 => "scopes: at least one scope",
        _ when client.Scopes.FirstOrDefault(s => !RegistryScopes.All.Contains(s)) is { } unknown =>
            $"scopes: '{unknown}' is not one of {string.Join(", ", RegistryScopes.All)}",
        _ when client.Scopes.Distinct().Count() != client.Scopes.Count => "scopes: a scope appears twice",
        _ when string.IsNullOrWhiteSpace(client.DisplayName) => "display_name: required",
        _ => null,
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex ClientIdPattern();

    [GeneratedRegex("^agencies/[a-z0-9][a-z0-9-]*$")]
    private static partial Regex AgencyPattern();

    [GeneratedRegex("^[A-Z]{2}-[A-Z0-9]{1,3}$")]
    private static partial Regex ProvincePattern();
}
