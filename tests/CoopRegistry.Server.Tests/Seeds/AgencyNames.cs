using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CoopRegistry.Server.Tests.Seeds;

/// <summary>An agency as the documents may name it: its Vietnamese name, short name and aliases (agencies.json).</summary>
public sealed record NamedAgency(string Name, string? Province, IReadOnlyList<string> Names, bool Collective)
{
    /// <summary>A department's name without "Sở ", as the documents list departments: "các Sở: Xây dựng, Công Thương".</summary>
    public string? DepartmentPart => Names.Select(AgencyNames.Fold).Where(n => n.StartsWith("so ", StringComparison.Ordinal))
        .OrderBy(n => n.Length).FirstOrDefault() is { } name
        ? name[3..]
        : null;
}

/// <summary>
/// Whether a section names an agency. Names are compared folded (case, diacritics and punctuation
/// ignored) and whole-word; a department also counts when a list headed "các Sở:" names it. A
/// collective ("các sở, ngành") qualified by "liên quan" or "chức năng" names nobody. In an OCR
/// scan a name may differ by one edit in five characters (the scan reads "Sở" as "S¢", "Sé", "S&amp;").
/// </summary>
public static partial class AgencyNames
{
    public static IReadOnlyDictionary<string, NamedAgency> Read(string seedsFolder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(seedsFolder, "agencies.json")));
        var result = new Dictionary<string, NamedAgency>(StringComparer.Ordinal);
        foreach (var a in json.RootElement.GetProperty("agencies").EnumerateArray())
        {
            var names = new List<string> { a.GetProperty("names").GetProperty("vi").GetString()! };
            if (a.TryGetProperty("short_name", out var shortName) && shortName.ValueKind == JsonValueKind.String)
                names.Add(shortName.GetString()!);
            if (a.TryGetProperty("aliases", out var aliases))
                names.AddRange(aliases.EnumerateArray().Select(x => x.GetString()!));
            var collective = a.TryGetProperty("note", out var note) && note.GetString()!.StartsWith("Collective", StringComparison.Ordinal);
            var province = a.GetProperty("province").ValueKind == JsonValueKind.String ? a.GetProperty("province").GetString() : null;
            var name = "agencies/" + a.GetProperty("id").GetString();
            result[name] = new NamedAgency(name, province, names, collective);
        }
        return result;
    }

    public static bool IsNamed(NamedAgency agency, string section, bool ocr)
    {
        var text = Folded.Of(section);
        foreach (var name in agency.Names.Select(Fold).Where(n => n.Length > 0))
            foreach (var (_, end) in Matches(text.Text, name, ocr ? name.Length / 5 : 0))
                if (!agency.Collective || !Unspecified(section, text.Original(end)))
                    return true;
        return agency.DepartmentPart is { } part && ListedDepartments(section).Contains(part);
    }

    /// <summary>Lower case, no diacritics (đ is d), every other character than a letter or digit a space, spaces collapsed.</summary>
    public static string Fold(string text) => Folded.Of(text).Text.Trim();

    /// <summary>"… liên quan", "… có liên quan", "… chức năng" within the few words after a collective, before "và" adds another.</summary>
    private static bool Unspecified(string section, int from)
    {
        var rest = section[from..];
        var end = rest.IndexOfAny(['.', ';', ':']);
        var words = Fold(end < 0 ? rest : rest[..end]).Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => w != "va").Take(5);
        var next = " " + string.Join(' ', words) + " ";
        return next.Contains(" lien quan ", StringComparison.Ordinal) || next.Contains(" chuc nang ", StringComparison.Ordinal);
    }

    /// <summary>The items of every "các Sở: A, B; C" list in the section, folded.</summary>
    private static HashSet<string> ListedDepartments(string section)
    {
        var items = new HashSet<string>(StringComparer.Ordinal);
        var light = Folded.Of(section, keepPunctuation: true).Text;
        foreach (Match list in DepartmentList().Matches(light))
            foreach (var item in list.Groups["items"].Value.Split([',', ';']))
                items.Add(Fold(item));
        return items;
    }

    [GeneratedRegex(@"cac so(?:, ban)?(?:, nganh)?\s*:(?<items>[^.:]*)")]
    private static partial Regex DepartmentList();

    /// <summary>Where <paramref name="name"/> occurs in <paramref name="text"/> from word start to word end, with at most <paramref name="edits"/> edits.</summary>
    private static IEnumerable<(int Start, int End)> Matches(string text, string name, int edits)
    {
        for (var start = 0; start < text.Length; start++)
        {
            if (start > 0 && text[start - 1] != ' ')
                continue;
            if (edits == 0)
            {
                if (string.CompareOrdinal(text, start, name, 0, name.Length) == 0 && (start + name.Length == text.Length || text[start + name.Length] == ' '))
                    yield return (start, start + name.Length);
                continue;
            }
            // Edit distance of the name to text[start..start+length), for every length (Levenshtein, one row per name character).
            var longest = Math.Min(text.Length - start, name.Length + edits);
            var row = Enumerable.Range(0, longest + 1).ToArray();
            for (var i = 1; i <= name.Length; i++)
            {
                var next = new int[longest + 1];
                next[0] = i;
                for (var j = 1; j <= longest; j++)
                    next[j] = Math.Min(Math.Min(next[j - 1] + 1, row[j] + 1), row[j - 1] + (name[i - 1] == text[start + j - 1] ? 0 : 1));
                row = next;
            }
            for (var length = Math.Max(1, name.Length - edits); length <= longest; length++)
                if (row[length] <= edits && (start + length == text.Length || text[start + length] == ' '))
                {
                    yield return (start, start + length);
                    break;
                }
        }
    }

    /// <summary>Folded text with, for each of its characters, the index of the character it came from.</summary>
    private sealed class Folded(string text, List<int> origins)
    {
        public string Text { get; } = text;

        public int Original(int foldedIndex) => foldedIndex < origins.Count ? origins[foldedIndex] : origins.Count == 0 ? 0 : origins[^1] + 1;

        public static Folded Of(string text, bool keepPunctuation = false)
        {
            var origins = new List<int>(text.Length);
            var builder = new StringBuilder(text.Length);
            var normal = text.Normalize(NormalizationForm.FormC);
            for (var i = 0; i < normal.Length; i++)
            {
                var c = FoldChar(normal[i]);
                if (!char.IsLetterOrDigit(c) && !(keepPunctuation && c is ',' or ';' or ':' or '.'))
                    c = ' ';
                if (c == ' ' && (builder.Length == 0 || builder[^1] == ' '))
                    continue;
                builder.Append(c);
                origins.Add(i);
            }
            return new Folded(builder.ToString(), origins);
        }

        private static char FoldChar(char c)
        {
            if (c is 'đ' or 'Đ')
                return 'd';
            var baseChar = c.ToString().Normalize(NormalizationForm.FormD)
                .FirstOrDefault(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark);
            return char.ToLowerInvariant(baseChar == default ? c : baseChar);
        }
    }
}
