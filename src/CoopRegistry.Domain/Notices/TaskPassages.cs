namespace CoopRegistry.Domain.Notices;

/// <summary>
/// Splits a bullet or item into the passages that are tasks of their own: a sentence starts a new
/// task when its own words assign it to an agency not yet assigned in the item ("… Sở Tài chính có
/// trách nhiệm thẩm tra …"); other sentences continue the task before them, and sentences before
/// the first assignment are its context.
/// </summary>
public static partial class TaskPassages
{
    public static IReadOnlyList<(int Start, int End)> Of(string text, int start, int end, Func<int, int, IReadOnlyList<string>> leadsOf)
    {
        var sentences = Sentences(text, start, end);
        var passages = new List<(int Start, int End)>();
        var assigned = new HashSet<string>();
        foreach (var (s, e) in sentences.Where(x => !IsClosingFormula(text, x.Start, x.End)))
        {
            var leads = leadsOf(s, e);
            // Sentences before the first that names an agency are that task's context ("Tiếp tục … Giao X chủ trì …").
            var startsTask = passages.Count == 0 || (leads.Count > 0 && assigned.Count > 0 && !leads.Any(assigned.Contains));
            if (startsTask)
                passages.Add((s, e));
            else
                passages[^1] = (passages[^1].Start, e);
            assigned.UnionWith(leads);
        }
        return passages;
    }

    // "Văn phòng UBND tỉnh thông báo để … biết, thực hiện./.": who sends the notice, not a task.
    private static bool IsClosingFormula(string text, int start, int end)
    {
        var sentence = new Deadlines.FoldedText(text[start..end]).Folded;
        return sentence.Contains("./.", StringComparison.Ordinal) && sentence.Contains("thong bao", StringComparison.Ordinal);
    }

    private static List<(int Start, int End)> Sentences(string text, int start, int end)
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

    // A full stop followed by a capital: "… quy định. Giao Sở …" (not "02.9" nor "v.v.").
    [GeneratedRegex(@"\.\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();
}
