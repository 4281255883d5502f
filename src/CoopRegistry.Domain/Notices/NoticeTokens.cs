namespace CoopRegistry.Domain.Notices;

/// <summary>
/// A word of the notice, folded (no diacritics, lower case, letters and digits only), with its place
/// in the text; <paramref name="AfterColon"/> when a colon precedes it ("Hợp tác về y tế: Sở …"),
/// <paramref name="AfterPause"/> when a comma or semicolon does ("Sau khi …, giao Sở …");
/// <paramref name="Past"/> when it is "đã" with its marks (folded, "đa dạng" reads the same).
/// </summary>
public readonly record struct NoticeToken(string Word, int Start, int End, bool AfterColon = false, bool AfterPause = false, bool Past = false);

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
            bool colon = false, pause = false;
            while (i < folded.Length && IsSeparator(folded[i]))
            {
                // The folded text blanks commas and semicolons; the original keeps them at the same place.
                pause |= text.Original[i] is ',' or ';';
                colon |= folded[i++] == ':';
            }
            var start = i;
            while (i < folded.Length && !IsSeparator(folded[i]))
                i++;
            var word = OcrLetters(new string(folded[start..i].Where(char.IsLetterOrDigit).ToArray()));
            if (word.Length > 0)
                tokens.Add(new NoticeToken(word, start, i, colon, pause, word == "da" && text.Original.AsSpan(start, i - start).Equals("đã", StringComparison.OrdinalIgnoreCase)));
        }
        return tokens;
    }

    // A scan reads "o" as "0" or "6" and "i" as "1" inside a word ("ph01", "v6i", "vd1" for "phối", "với"); numbers stay numbers.
    private static string OcrLetters(string word) =>
        word.Any(char.IsLetter) && word.Any(char.IsDigit) && char.IsLetter(word[0])
            ? word.Replace('0', 'o').Replace('6', 'o').Replace('1', 'i')
            : word;

    /// <summary>The first token that starts at or after <paramref name="offset"/> in the text.</summary>
    public static int IndexAt(IReadOnlyList<NoticeToken> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
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
        // One word alone is read as written: "giai" is not "giao", "cac" is not "can".
        if (phrase.Length == 1)
            return tokens[at].Word == phrase[0];
        var loose = -1;
        for (var k = 0; k < phrase.Length; k++)
        {
            var word = tokens[at + k].Word;
            var ok = phrase[k].Length switch
            {
                >= 5 => Near(phrase[k], word),
                >= 3 => word.Length == phrase[k].Length && Near(phrase[k], word),
                _ => phrase[k] == word,
            };
            // Never shorter: "phù hợp" (suitable) is no "phối hợp".
            if (!ok && loose < 0 && phrase[k].Length >= 4 && word.Length >= phrase[k].Length && word[..2] == phrase[k][..2] && Distance(phrase[k], word) <= 2)
                (ok, loose) = (true, k);
            if (!ok)
                return false;
        }
        // One word of four letters or more may be misread twice ("phédi hop") when every other word is spelt exactly.
        return loose < 0 || Enumerable.Range(0, phrase.Length).All(k => k == loose || tokens[at + k].Word == phrase[k]);
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is ',' or ';' or ':' or '.' or '/' or '-' or '–' or '“' or '”' or '"';
}
