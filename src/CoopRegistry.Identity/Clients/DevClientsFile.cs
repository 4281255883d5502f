using System.Text.RegularExpressions;
using RegistryScopes = CoopRegistry.Domain.Access.Scopes;

namespace CoopRegistry.Identity.Clients;

/// <summary>
/// Reads and checks seeds/dev-clients.json. The first bad record stops the read, naming the file and
/// the record; a copy built into the assembly lets the start-up guard know the secrets anywhere.
/// </summary>
public static partial class DevClientsFile
{
    public const string EmbeddedName = "dev-clients.json";

    public const string SecretPrefix = DevSeedJson.SecretPrefix;

    public static IReadOnlyList<DevClient> Read(string path) => DevSeedJson.Read(path, Parse);

    public static IReadOnlyList<DevClient> ReadEmbedded() => DevSeedJson.ReadEmbedded(EmbeddedName, Parse);

    /// <summary>The configured path as given when it exists, else found by walking up from the binaries.</summary>
    public static string Resolve(string configured) => DevSeedJson.Resolve(configured);

    private static List<DevClient> Parse(Stream stream, string file) =>
        DevSeedJson.Parse<DevClient>(stream, file, "clients", ("client_id", c => c.ClientId), Problem);

    private static string? Problem(DevClient client) => client switch
    {
        _ when !ClientIdPattern().IsMatch(client.ClientId) => "client_id: lower-case letters, digits and '-' only",
        _ when !client.ClientSecret.StartsWith(SecretPrefix, StringComparison.Ordinal) || client.ClientSecret.Length < 24 =>
            $"client_secret: must start with '{SecretPrefix}' and be at least 24 characters",
        _ when DevSeedRules.AgencyProblem(client.Agency) is { } problem => problem,
        _ when DevSeedRules.ProvinceProblem(client.Province) is { } problem => problem,
        _ when client.Scopes.Count == 0 => "scopes: at least one scope",
        _ when client.Scopes.FirstOrDefault(s => !RegistryScopes.All.Contains(s)) is { } unknown =>
            $"scopes: '{unknown}' is not one of {string.Join(", ", RegistryScopes.All)}",
        _ when client.Scopes.Distinct().Count() != client.Scopes.Count => "scopes: a scope appears twice",
        _ when string.IsNullOrWhiteSpace(client.DisplayName) => "display_name: required",
        _ => null,
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex ClientIdPattern();
}
