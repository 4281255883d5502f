namespace CoopRegistry.Domain.Notices;

/// <summary>
/// A word of the notice, folded (no diacritics, lower case, letters and digits only), with its place
/// in the text; <paramref name="AfterColon"/> when a colon precedes it ("Hợp tác về y tế: Sở …").
/// </summary>
public readonly record struct NoticeToken(string Word, int Start, int End, bool AfterColon = false);

/// <summary>
/// The notice's words, compared the way an OCR scan needs: a word may differ from the expected one by
/// one letter ("phéi hop" for "phối hợp", "Sé&amp; Ngoai vu" for "Sở Ngoại vụ").
/// </summary>
public static class NoticeTokens
{
    public static IReadOnlyList<NoticeToken> Read(FoldedText text)
    {
        var tokens = new List<NoticeToken>();
        var folded = text.Folded;
        var i = 0;
        while (i < folded.Length)
        {
            var colon = false;
            while (i < folded.Length && IsSeparator(folded[i]))
                colon |= folded[i++] == ':';
            var start = i;
            while (i < folded.Length && !IsSeparator(folded[i]))
                i++;
            var word = new string(folded[start..i].Where(char.IsLetterOrDigit).ToArray());
            if (word.Length > 0)
                tokens.Add(new NoticeToken(word, start, i, colon));
        }
        return tokens;
    }

    /// <summary>Words of a name or phrase, folded the same way.</summary>
    public static string[] Words(string phrase) =>
        Read(new FoldedText(phrase)).Select(t => t.Word).ToArray();

    public static bool Exact(string expected, string actual) => expected == actual;

    /// <summary>At most one letter added, dropped or changed, and never for one-letter words.</summary>
    public static bool Near(string expected, string actual)
    {
        if (expected == actual)
            return true;
        if (Math.Max(expected.Length, actual.Length) < 2 || Math.Abs(expected.Length - actual.Length) > 1)
            return false;
        int i = 0, j = 0, edits = 0;
        while (i < expected.Length && j < actual.Length)
        {
            if (expected[i] == actual[j]) { i++; j++; continue; }
            if (++edits > 1)
                return false;
            if (expected.Length > actual.Length) i++;
            else if (expected.Length < actual.Length) j++;
            else { i++; j++; }
        }
        return edits + (expected.Length - i) + (actual.Length - j) <= 1;
    }

    /// <summary>
    /// Whether <paramref name="phrase"/> starts at token <paramref name="at"/>: a word may be misread by
    /// one letter, but a short one only by a changed letter ("phéi" for "phối", never "gia" for "giao").
    /// </summary>
    public static bool PhraseAt(IReadOnlyList<NoticeToken> tokens, int at, string[] phrase)
    {
        if (at < 0 || at + phrase.Length > tokens.Count)
            return false;
        for (var k = 0; k < phrase.Length; k++)
        {
            var word = tokens[at + k].Word;
            var ok = phrase[k].Length switch
            {
                >= 5 => Near(phrase[k], word),
                >= 3 => word.Length == phrase[k].Length && Near(phrase[k], word),
                _ => phrase[k] == word,
            };
            if (!ok)
                return false;
        }
        return true;
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is ',' or ';' or ':' or '.' or '/' or '-' or '–' or '“' or '”' or '"';
}
