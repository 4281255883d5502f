namespace CoopRegistry.Domain.Notices;

/// <summary>
/// A passage cut into sentences, and a sentence into the clauses that are tasks of their own. A
/// clause after a semicolon (outside brackets) is a task of its own when it opens with "đồng thời"
/// after a clause with a deadline ("… ngay sau dịp Quốc khánh …; đồng thời, tham mưu … chậm nhất
/// ngày 05/9/2025"), when it has a deadline other than the one before it, or when it hands the work
/// to a partner ("…; phối hợp với Ban Quản lý … rà soát, thu hồi …", rule 2). A list of agencies
/// separated by semicolons stays whole. The closing formula ("… UBND tỉnh thông báo để …./.", "…
/// các nội dung nêu trên") is cut off.
/// </summary>
public static partial class SentenceClauses
{
    public readonly record struct Unit(int Start, int End, bool Split);

    private static readonly string[] AlsoWord = ["dong", "thoi"];
    private static readonly string[][] WorksWith = [["phoi", "hop", "voi"], ["chu", "dong", "phoi", "hop", "voi"]];
    private static readonly string[][] AllAbove = [["neu", "tren"], ["tren", "day"]];
    private const int SubjectReach = 6;

    public static IEnumerable<Unit> Of(FoldedText text, IReadOnlyList<NoticeToken> tokens, int start, int end, Func<int, int, Assignment> assignmentOf)
    {
        foreach (var (s, e) in Sentences(text.Original, start, end))
        {
            var cut = ClosingCut(text, tokens, s, e);
            if (cut <= s)
                continue;
            foreach (var unit in Clauses(text, tokens, s, cut, assignmentOf))
                yield return unit;
        }
    }

    private static IEnumerable<Unit> Clauses(FoldedText text, IReadOnlyList<NoticeToken> tokens, int start, int end, Func<int, int, Assignment> assignmentOf)
    {
        var from = start;
        var split = false;
        foreach (var at in Semicolons(text.Original, start, end))
        {
            var first = NoticeTokens.IndexAt(tokens, at + 1);
            var before = DeadlinePhrases.First(text, from, at);
            var after = DeadlinePhrases.First(text, at + 1, NextSemicolonOrEnd(text.Original, at + 1, end));
            var also = NoticeTokens.PhraseAt(tokens, first, AlsoWord) && before is not null;
            var otherDeadline = before is not null && after is not null && before.Text != after.Text;
            var partner = WorksWith.Any(p => NoticeTokens.PhraseAt(tokens, first, p)) && assignmentOf(at + 1, NextSemicolonOrEnd(text.Original, at + 1, end)).ByPartner;
            if (!also && !otherDeadline && !partner)
                continue;
            yield return new Unit(from, at + 1, split);
            (from, split) = (at + 1, true);
        }
        yield return new Unit(from, end, split);
    }

    private static int NextSemicolonOrEnd(string text, int from, int end) =>
        Semicolons(text, from, end).Select(i => (int?)i).FirstOrDefault() ?? end;

    private static IEnumerable<int> Semicolons(string text, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')') depth = Math.Max(0, depth - 1);
            else if (text[i] == ';' && depth == 0) yield return i;
        }
    }

    // The end of the sentence's own words: before "… UBND tỉnh thông báo …./." (the sender's formula), nothing for "… các nội dung nêu trên".
    internal static int ClosingCut(FoldedText text, IReadOnlyList<NoticeToken> tokens, int start, int end)
    {
        var folded = text.Folded.AsSpan(start, end - start);
        var (from, to) = (NoticeTokens.IndexAt(tokens, start), NoticeTokens.IndexAt(tokens, end));
        // Spelt exactly: read loosely, "tiến đầu" would be "trên đây".
        if (Enumerable.Range(from, to - from).Any(i => AllAbove.Any(p => i + 1 < tokens.Count && tokens[i].Word == p[0] && tokens[i + 1].Word == p[1])) && !folded.Contains("giao", StringComparison.Ordinal))
            return start;
        if (!folded.Contains("./.", StringComparison.Ordinal))
            return end;
        var notice = Enumerable.Range(from, to - from).LastOrDefault(i => NoticeTokens.PhraseAt(tokens, i, ["thong", "bao"]), -1);
        if (notice < 0)
            return end;
        // The sender is the capitalised words just before "thông báo" ("UBND tỉnh", "Văn phòng UBND tỉnh trân trọng", "Thừa lệnh Chủ tịch UBND tỉnh,").
        var sender = notice;
        for (var i = notice - 1; i >= from && i >= notice - SubjectReach; i--)
            if (char.IsUpper(text.Original[tokens[i].Start]))
                sender = i;
        return sender == notice ? end : tokens[sender].Start;
    }

    internal static List<(int Start, int End)> Sentences(string text, int start, int end)
    {
        var sentences = new List<(int, int)>();
        var from = start;
        foreach (Match stop in SentenceEnd().Matches(text[..end], start))
        {
            if (stop.Index + 1 <= from)
                continue;
            sentences.Add((from, stop.Index + 1));
            from = stop.Index + stop.Length;
        }
        if (from < end)
            sentences.Add((from, end));
        return sentences;
    }

    // A full stop followed by a capital: "… quy định. Giao Sở …" (not "02.9" nor "v.v."); a colon ending its line: "… như sau:\nGiao Sở …".
    [GeneratedRegex(@"(?:\.\s+|:[ \t]*\n\s*)(?=\p{Lu})")]
    private static partial Regex SentenceEnd();
}
