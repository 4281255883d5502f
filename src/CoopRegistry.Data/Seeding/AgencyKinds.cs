namespace CoopRegistry.Data.Seeding;

/// <summary>Agency kinds as seed files write them: the contract's names without the prefix (PARTNER_DEPARTMENT).</summary>
internal static class AgencyKinds
{
    private static readonly Dictionary<string, AgencyKind> ByName = Enum.GetValues<AgencyKind>()
        .ToDictionary(kind => JsonNamingPolicy.SnakeCaseUpper.ConvertName(kind.ToString()));

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out AgencyKind kind) => ByName.TryGetValue(name ?? "", out kind);
}
