namespace CoopRegistry.Data.Seeding;

/// <summary>A seed's sources; <c>kind</c> is "document" (or left out), "rule" or "public_fact".</summary>
internal static class SeedSources
{
    public static List<SourceReference> Read(List<SourceSeed>? sources, string file, string record) =>
        sources?.Select(s => new SourceReference(s.Document, s.Section, Kind(s.Kind, file, record))).ToList() ?? [];

    private static SourceKind Kind(string? kind, string file, string record) => kind switch
    {
        null => SourceKind.Unspecified,
        "document" => SourceKind.Document,
        "rule" => SourceKind.Rule,
        "public_fact" => SourceKind.PublicFact,
        _ => throw new SeedException(file, record, $"sources: kind '{kind}' is not one of document, rule, public_fact"),
    };
}
