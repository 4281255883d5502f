using System.Text.Json;
using System.Text.RegularExpressions;
using CoopRegistry.Domain.Notices;
using CoopRegistry.Testing;

namespace CoopRegistry.Domain.Tests.Notices;

/// <summary>
/// The five source documents with the sections seeds/documents/index.json lists (each from its
/// "starts" words to the next section's), the commitments the seeds write from them, and each
/// document's directory (its province's agencies: a provincial notice assigns only those) and issuer.
/// </summary>
public static partial class SeedNotices
{
    public sealed record Section(string Name, int Start, int End);

    public sealed record Expected(string Name, string Task, string Lead, IReadOnlyList<string> Coordinators, string? DeadlineText, bool Ongoing, IReadOnlyList<string> Sections);

    public sealed record Notice(string Document, string Text, IReadOnlyList<Section> Sections, IReadOnlyList<Expected> Commitments, IReadOnlyList<NoticeAgency> Directory, string Issuer);

    public static IReadOnlyList<Notice> Read()
    {
        var seeds = RepositoryPaths.Seeds;
        var index = Json(Path.Combine(seeds, "documents", "index.json")).GetProperty("documents");
        var commitments = Json(Path.Combine(seeds, "commitments.json")).EnumerateArray().ToList();
        var agencies = Json(Path.Combine(seeds, "agencies.json")).GetProperty("agencies").EnumerateArray().ToList();
        return index.EnumerateArray().Select(d =>
        {
            var document = d.GetProperty("document").GetString()!;
            var text = File.ReadAllText(Path.Combine(seeds, "documents", document));
            var sections = SectionsOf(text, d.GetProperty("sections"));
            var province = document.StartsWith("langson", StringComparison.Ordinal) ? "vn09-" : "vn30-";
            return new Notice(document, text, sections, ExpectedOf(commitments, document), DirectoryOf(agencies, province), province + "ubnd");
        }).ToList();
    }

    private static List<Section> SectionsOf(string text, JsonElement listed)
    {
        var (collapsed, origin) = Collapse(text);
        var starts = new List<(string Name, int Start)>();
        var from = 0;
        foreach (var s in listed.EnumerateArray())
        {
            var words = Regex.Replace(s.GetProperty("starts").GetString()!, @"\s+", " ").Trim();
            var at = collapsed.IndexOf(words, from, StringComparison.Ordinal);
            if (at < 0)
                throw new InvalidOperationException($"section {s.GetProperty("section")} not found");
            starts.Add((s.GetProperty("section").GetString()!, origin[at]));
            from = at;
        }
        return starts.Select((s, i) => new Section(s.Name, s.Start, i + 1 < starts.Count ? starts[i + 1].Start : text.Length)).ToList();
    }

    // The text with runs of whitespace as one space, and where each of its characters came from.
    private static (string Collapsed, List<int> Origin) Collapse(string text)
    {
        var collapsed = new System.Text.StringBuilder();
        var origin = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (collapsed.Length == 0 || collapsed[^1] == ' '))
                continue;
            collapsed.Append(char.IsWhiteSpace(text[i]) ? ' ' : text[i]);
            origin.Add(i);
        }
        return (collapsed.ToString(), origin);
    }

    private static List<Expected> ExpectedOf(List<JsonElement> commitments, string document) =>
        commitments.Select(c => (c, Sections: c.GetProperty("sources").EnumerateArray()
                .Where(s => s.GetProperty("document").GetString() == document)
                .Select(s => s.GetProperty("section").GetString()!).ToList()))
            .Where(x => x.Sections.Count > 0)
            .Select(x => new Expected(
                x.c.GetProperty("name").GetString()!,
                x.c.GetProperty("task").GetString()!,
                Id(x.c.GetProperty("leadAgency").GetString()!),
                x.c.TryGetProperty("coordinatingAgencies", out var co) ? co.EnumerateArray().Select(a => Id(a.GetString()!)).ToList() : [],
                x.c.TryGetProperty("deadline", out var dl) && dl.TryGetProperty("text", out var t) ? t.GetString() : null,
                x.c.TryGetProperty("deadline", out var dl2) && dl2.TryGetProperty("ongoing", out _),
                x.Sections))
            .ToList();

    private static List<NoticeAgency> DirectoryOf(List<JsonElement> agencies, string province) =>
        agencies.Select(a => (Id: a.GetProperty("id").GetString()!, a))
            .Where(x => x.Id.StartsWith(province, StringComparison.Ordinal))
            .Select(x => new NoticeAgency(x.Id, NamesOf(x.a)))
            .ToList();

    private static List<string> NamesOf(JsonElement agency)
    {
        var names = new List<string> { agency.GetProperty("names").GetProperty("vi").GetString()! };
        if (agency.TryGetProperty("short_name", out var s) && s.ValueKind == JsonValueKind.String)
            names.Add(s.GetString()!);
        if (agency.TryGetProperty("aliases", out var a) && a.ValueKind == JsonValueKind.Array)
            names.AddRange(a.EnumerateArray().Select(x => x.GetString()!));
        return names;
    }

    private static string Id(string name) => name[(name.IndexOf('/') + 1)..];

    private static JsonElement Json(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement;
}
