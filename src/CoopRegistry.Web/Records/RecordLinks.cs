namespace CoopRegistry.Web.Records;

/// <summary>The console page of a registry record name: `agreements/x` → `/agreements/x`.</summary>
public static class RecordLinks
{
    private static readonly string[] Pages = ["agreements", "plans", "events", "directives", "commitments"];

    public static string? Of(string? name)
    {
        if (string.IsNullOrEmpty(name))
            return null;
        var parts = name.Split('/');
        return parts.Length >= 2 && Pages.Contains(parts[0]) ? $"/{parts[0]}/{parts[1]}" : null;
    }
}
