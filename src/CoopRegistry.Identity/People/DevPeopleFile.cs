namespace CoopRegistry.Identity.People;

/// <summary>
/// Reads and checks seeds/dev-people.json, the development people: every password starts with
/// "dev-only-" and is refused outside Development (<see cref="DevPasswordGuard"/>); a copy built
/// into the assembly lets that guard know them where seeds/ is not deployed.
/// </summary>
public static class DevPeopleFile
{
    public const string EmbeddedName = "dev-people.json";

    public static IReadOnlyList<DevPerson> Read(string path) => DevSeedJson.Read(path, Parse);

    public static IReadOnlyList<DevPerson> ReadEmbedded() => DevSeedJson.ReadEmbedded(EmbeddedName, Parse);

    private static List<DevPerson> Parse(Stream stream, string file) =>
        DevSeedJson.Parse<DevPerson>(stream, file, "people", ("username", p => p.Username), Problem);

    private static string? Problem(DevPerson person) => person switch
    {
        _ when !PersonNames.IsValid(person.Username) => $"username: {PersonNames.Rule}",
        _ when !person.Password.StartsWith(DevSeedJson.SecretPrefix, StringComparison.Ordinal) || person.Password.Length < 24 =>
            $"password: must start with '{DevSeedJson.SecretPrefix}' and be at least 24 characters",
        _ when DevSeedRules.AgencyProblem(person.Agency) is { } problem => problem,
        _ when DevSeedRules.ProvinceProblem(person.Province) is { } problem => problem,
        _ when person.Roles.Count == 0 => "roles: at least one role",
        _ when person.Roles.FirstOrDefault(r => !PersonRoles.IsRole(r)) is { } unknown =>
            $"roles: '{unknown}' is not one of {string.Join(", ", PersonRoles.All)}",
        _ when person.Roles.Distinct().Count() != person.Roles.Count => "roles: a role appears twice",
        _ when string.IsNullOrWhiteSpace(person.DisplayName) => "display_name: required",
        _ => null,
    };
}
