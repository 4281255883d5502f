using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CoopRegistry.Server.Tests.Seeds;

/// <summary>
/// One of the five source documents kept in seeds/documents/, with the sections the seeds cite
/// (seeds/documents/index.json): a section runs from its first words to the next section's, and is
/// read with the headings above it ("§2" above "§2 b1"; "§II.2" and "§II" above "§II.2.b b1").
/// </summary>
public sealed partial class SourceDocument(string file, bool ocr, string text, IReadOnlyDictionary<string, (int Start, int End)> sections)
{
    public string File { get; } = file;

    /// <summary>An OCR scan that lost its diacritics and misreads letters: names are matched with tolerance.</summary>
    public bool Ocr { get; } = ocr;

    /// <summary>The text with every run of whitespace collapsed to one space (line breaks fall inside phrases).</summary>
    public string Text { get; } = text;

    public IReadOnlyDictionary<string, (int Start, int End)> Sections { get; } = sections;

    /// <summary>The section's own text and the text of each heading above it; null when the label is not listed.</summary>
    public string? Read(string label)
    {
        if (!Sections.ContainsKey(label))
            return null;
        var parts = new List<string>();
        for (var at = label; at is not null; at = Parent(at))
            if (Sections.TryGetValue(at, out var span))
                parts.Add(Text[span.Start..span.End]);
        return string.Join(" ", parts);
    }

    /// <summary>"§II.2.b b1" → "§II.2.b" → "§II.2" → "§II" → none; "opening ¶3" → "opening".</summary>
    public static string? Parent(string label)
    {
        var space = label.LastIndexOf(' ');
        if (space > 0)
            return label[..space];
        var dot = label.LastIndexOf('.');
        return dot > 0 ? label[..dot] : null;
    }

    public static string Collapse(string text) => Whitespace().Replace(text.Normalize(NormalizationForm.FormC), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>Reads seeds/documents/index.json and the documents it lists; every problem is a line.</summary>
public static class SourceDocuments
{
    public const string Folder = "documents";
    public const string IndexFile = "index.json";

    public static IReadOnlyDictionary<string, SourceDocument> Read(string seedsFolder, List<string> problems)
    {
        var folder = Path.Combine(seedsFolder, Folder);
        var documents = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        using var index = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(folder, IndexFile)));
        foreach (var entry in index.RootElement.GetProperty("documents").EnumerateArray())
        {
            var file = entry.GetProperty("document").GetString()!;
            var path = Path.Combine(folder, file);
            if (!System.IO.File.Exists(path))
            {
                problems.Add($"{Folder}/{file}: listed in {IndexFile} but not there");
                continue;
            }
            var bytes = System.IO.File.ReadAllBytes(path);
            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != entry.GetProperty("sha256").GetString())
                problems.Add($"{Folder}/{file}: differs from the document as received (SHA-256 in {IndexFile}); the documents are kept unedited");
            var text = SourceDocument.Collapse(Encoding.UTF8.GetString(bytes));
            documents[file] = new SourceDocument(file, entry.GetProperty("ocr").GetBoolean(), text, Sections(file, text, entry, problems));
        }
        return documents;
    }

    private static Dictionary<string, (int, int)> Sections(string file, string text, JsonElement entry, List<string> problems)
    {
        var starts = new List<(string Label, int Start)>();
        foreach (var section in entry.GetProperty("sections").EnumerateArray())
        {
            var label = section.GetProperty("section").GetString()!;
            var words = SourceDocument.Collapse(section.GetProperty("starts").GetString()!);
            var at = text.IndexOf(words, StringComparison.Ordinal);
            if (at < 0 || text.IndexOf(words, at + 1, StringComparison.Ordinal) >= 0)
                problems.Add($"{Folder}/{file}: section '{label}': \"{words}\" must occur exactly once, found {(at < 0 ? "none" : "more than one")}");
            else if (starts.Count > 0 && at <= starts[^1].Start)
                problems.Add($"{Folder}/{file}: section '{label}' is listed after '{starts[^1].Label}' but starts before it");
            else if (starts.Any(s => s.Label == label))
                problems.Add($"{Folder}/{file}: section '{label}' is listed twice");
            else
                starts.Add((label, at));
        }
        return starts.Select((s, i) => (s.Label, Span: (s.Start, i + 1 < starts.Count ? starts[i + 1].Start : text.Length)))
            .ToDictionary(s => s.Label, s => s.Span, StringComparer.Ordinal);
    }
}
