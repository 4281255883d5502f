namespace CoopRegistry.Domain.Notices;

/// <summary>
/// Reads the administrative structure of a notice: "I." parts, "1." and "2.1." sections, "a)" items,
/// "-" bullets. The body starts at the first "I." or "1." and ends at "Nơi nhận" (the recipients)
/// or after the closing "./."; the header's recipient list is not the body.
/// </summary>
public static partial class NoticeStructure
{
    private const int RomanLevel = 0, NumberLevel = 1, LetterLevel = 3, BulletLevel = 4;

    public static IReadOnlyList<NoticeSection> Read(string text)
    {
        var sections = new List<NoticeSection>();
        var open = new List<NoticeSection>();
        var bodyStarted = false;
        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            var lineStart = offset;
            offset += line.Length + 1;
            var trimmed = line.TrimStart();
            var at = lineStart + (line.Length - trimmed.Length);
            if (bodyStarted && IsEnd(trimmed))
            {
                offset = lineStart;
                break;
            }
            if (bodyStarted && trimmed.Contains("./.", StringComparison.Ordinal))
                break;
            if (Marker(trimmed) is not { } marker)
                continue;
            if (!bodyStarted && marker.Level > NumberLevel)
                continue;
            if (marker.Name == OcrLetter)
                marker = marker with { Name = NextLetter(open.LastOrDefault(o => o.Level == LetterLevel)) };
            bodyStarted = true;
            while (open.Count > 0 && open[^1].Level >= marker.Level)
                Close(open, at);
            var parent = open.Count > 0 ? open[^1] : null;
            var section = new NoticeSection
            {
                Label = LabelOf(marker, parent),
                Level = marker.Level,
                Start = at,
                ContentStart = at + marker.Length,
                TitleEnd = marker.Level == BulletLevel ? at + marker.Length : TitleEnd(text, at + marker.Length, lineStart + line.Length, offset),
                Parent = parent,
                IsBullet = marker.Level == BulletLevel,
            };
            parent?.Children.Add(section);
            sections.Add(section);
            open.Add(section);
        }
        var end = Math.Min(offset, text.Length);
        while (open.Count > 0)
            Close(open, end);
        return sections;
    }

    private const int TitleWords = 12;

    // A short line with no closing mark, the next line opening with a capital: the part's title, not its first sentence.
    private static int TitleEnd(string text, int contentStart, int lineEnd, int nextLine)
    {
        var title = text[contentStart..lineEnd].Trim();
        var next = text[Math.Min(nextLine, text.Length)..].TrimStart();
        var isTitle = title.Length > 0 && !".:;,".Contains(title[^1], StringComparison.Ordinal) &&
            title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= TitleWords && next.Length > 0 && char.IsUpper(next[0]);
        return isTitle ? lineEnd : contentStart;
    }

    private static void Close(List<NoticeSection> open, int at)
    {
        open[^1].End = at;
        open.RemoveAt(open.Count - 1);
    }

    private static bool IsEnd(string line)
    {
        var folded = new FoldedText(line).Folded.TrimStart();
        return folded.StartsWith("noi nhan", StringComparison.Ordinal);
    }

    // Letters of a list in Vietnamese order (no f, j, w, z): a scan's "¢)" after "b)" is "c)", after "e)" it is "g)".
    private const string Letters = "abcdđeghiklmnopqrstuvxy";
    private const string OcrLetter = "?";

    private static string NextLetter(NoticeSection? previous)
    {
        var name = previous?.Label[^1..] ?? "";
        var at = name.Length == 1 ? Letters.IndexOf(name[0], StringComparison.Ordinal) : -1;
        return at >= 0 && at + 1 < Letters.Length ? Letters[at + 1].ToString() : "a";
    }

    private static (int Level, string Name, int Length)? Marker(string line)
    {
        if (RomanMarker().Match(line) is { Success: true } r)
            return (RomanLevel, r.Groups[1].Value, r.Length);
        if (NumberMarker().Match(line) is { Success: true } n)
            return (NumberLevel + n.Groups[1].Value.Count(c => c == '.'), n.Groups[1].Value, n.Length);
        if (LetterMarker().Match(line) is { Success: true } l)
            return (LetterLevel, l.Groups[1].Value, l.Length);
        if (OcrLetterMarker().Match(line) is { Success: true } o)
            return (LetterLevel, OcrLetter, o.Length);
        if (BulletMarker().IsMatch(line))
            return (BulletLevel, "b", 1);
        return null;
    }

    private static string LabelOf((int Level, string Name, int Length) marker, NoticeSection? parent)
    {
        var above = parent?.Label.TrimStart('§') ?? "";
        if (marker.Level == BulletLevel)
        {
            var count = (parent?.Children.Count(c => c.IsBullet) ?? 0) + 1;
            return $"§{above} b{count}".Replace("§ ", "§", StringComparison.Ordinal);
        }
        if (marker.Level == RomanLevel || parent is null)
            return "§" + marker.Name;
        // "2.1" already names its parent; "a" under "2" is "2.a", "2" under "II" is "II.2".
        if (marker.Name.Contains('.', StringComparison.Ordinal) && !above.Contains('.', StringComparison.Ordinal) && parent.Level == RomanLevel)
            return $"§{above}.{marker.Name}";
        return marker.Name.Contains('.', StringComparison.Ordinal) ? "§" + marker.Name : $"§{above}.{marker.Name}";
    }

    [GeneratedRegex(@"^([IVX]+)\.\s")]
    private static partial Regex RomanMarker();

    [GeneratedRegex(@"^(\d{1,2}(?:\.\d{1,2})*)\.\s")]
    private static partial Regex NumberMarker();

    [GeneratedRegex(@"^([a-zđ])\)\s")]
    private static partial Regex LetterMarker();

    // A letter the scan turned into a symbol: "¢) Hop tac …".
    [GeneratedRegex(@"^[^\w\s()\-–•+.]\)\s")]
    private static partial Regex OcrLetterMarker();

    [GeneratedRegex(@"^[-–•]\s?\S")]
    private static partial Regex BulletMarker();
}
