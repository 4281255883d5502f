namespace CoopRegistry.Domain.Notices;

/// <summary>
/// Finds the deadline phrase of a task in the folded text ("chậm nhất ngày …", "trước ngày …",
/// "trong quý …", "hằng tháng", OCR misreadings included) and hands it, exactly as written, to
/// <see cref="DeadlineParser"/>. Finding is loose; reading is the parser's job.
/// </summary>
public static partial class DeadlinePhrases
{
    public sealed record Found(string Text, NoticeSpan Span, Deadline? Deadline);

    public static Found? First(FoldedText text, int start, int end)
    {
        var match = Phrase().Match(text.Folded, start, end - start);
        while (match.Success && IsBudgetYear(text.Folded, match))
            match = match.NextMatch();
        // "Sau khi …" is a deadline only when nothing firmer is stated: the clause is often just the order of work.
        if (!match.Success)
            match = AfterEvent().Match(text.Folded, start, end - start);
        if (!match.Success)
            return null;
        // Markdown emphasis from the PDF extraction ("**15/5/2026") is formatting, not the phrase.
        var phrase = text.Slice(match.Index, match.Length).Replace("*", "", StringComparison.Ordinal);
        return new Found(phrase, new NoticeSpan(match.Index, match.Length), TryParse(phrase));
    }

    /// <summary>A standing duty the text calls standing ("thường xuyên", "điều phối chung"), OCR noise allowed ("thwong xuyén").</summary>
    public static bool IsStanding(IReadOnlyList<NoticeToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (Standing.Any(p => NoticeTokens.PhraseAt(tokens, i, p)))
                return true;
        return false;
    }

    private static readonly string[][] Standing = [["thuong", "xuyen"], ["dieu", "phoi", "chung"]];

    // "kinh phí đối ngoại hằng năm", "dự toán … hằng năm": a yearly budget, not a yearly duty.
    private static bool IsBudgetYear(string folded, Match match)
    {
        if (!AnnualWord().IsMatch(match.Value))
            return false;
        var before = folded[Math.Max(0, match.Index - BudgetReach)..match.Index];
        return before.Contains("kinh phi", StringComparison.Ordinal) || before.Contains("du toan", StringComparison.Ordinal) || before.Contains("ngan sach", StringComparison.Ordinal);
    }

    private const int BudgetReach = 30;

    private static Deadline? TryParse(string phrase)
    {
        try
        {
            return DeadlineParser.Parse(phrase);
        }
        catch (Errors.InvalidArgumentException)
        {
            return null;
        }
    }

    private const string Date = @"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}";
    private const string EveryMonth = @"(?:hang|hi?ang|moi)\s+thi?ang";

    [GeneratedRegex(
        @"(?:thoi\s+gian\s+hoan\s+thanh\s+)?(?:cha\d?m\s+nh[ae]t|truoc)\s+(?:ngay\s+)?" + Date +
        @"|(?:thoi\s+gian\s+hoan\s+thanh\s+)?trong\s+quy\s+(?:iv|iii|ii|i|[1-4])\s*/\s*\d{4}" +
        @"|(?:du\s+kien\s+)?(?:trong\s+)?thang\s+\d{1,2}(?:\s+nam\s+|\s*/\s*)\d{4}" +
        @"|(?:truoc|cha\d?m\s+nh[ae]t)\s+ngay\s+\d{1,2}\s+" + EveryMonth +
        @"|(?:[dp]inh\s+ky\s+)?" + EveryMonth + @"(?!\s+\d)" +
        @"|(?:hang|hi?ang|hing|moi)\s+n[ai]m\b" +
        @"|(?:[dp]inh\s+ky\s+)?(?:hang|moi)\s+quy\b(?!\s+(?:iv|iii|ii|i|\d))" +
        @"|ngay\s+sau\s+(?:dip\s+)?[^.;\n]{0,40}?" + Date +
        @"|trong\s+thoi\s+gian\s+chua\s+hoan\s+thanh\s+[^,.;]+?(?=\s*[,.;]|\s{2})",
        RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();

    // Up to the clause's end: a comma or semicolon (folded to a space before a space), a full stop.
    [GeneratedRegex(@"sau\s+khi\s+\S.*?(?=\s\s|[.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex AfterEvent();

    [GeneratedRegex(@"^(?:hang|hi?ang|hing|moi)\s+n[ai]m$", RegexOptions.CultureInvariant)]
    private static partial Regex AnnualWord();
}
