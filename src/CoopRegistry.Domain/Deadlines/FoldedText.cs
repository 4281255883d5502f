using System.Globalization;
using System.Text;

namespace CoopRegistry.Domain.Deadlines;

/// <summary>
/// Text folded for matching: lower case, diacritics removed (đ → d), markdown emphasis and
/// punctuation around a phrase blanked. Each character folds to exactly one, so a match's position
/// in <see cref="Folded"/> is its position in <see cref="Original"/> (names keep their diacritics).
/// </summary>
public sealed class FoldedText
{
    public FoldedText(string text)
    {
        Original = text.Normalize(NormalizationForm.FormC);
        var folded = new StringBuilder(Original.Length);
        foreach (var c in Original)
            folded.Append(Fold(c));
        Folded = folded.ToString();
    }

    public string Original { get; }

    public string Folded { get; }

    /// <summary>The original text of a span, whitespace collapsed.</summary>
    public string Slice(int index, int length) =>
        string.Join(' ', Original.Substring(index, length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static char Fold(char c)
    {
        if (c is '*' or '_' or '(' or ')' or '"' or ';' or ',' || char.IsWhiteSpace(c))
            return ' ';
        if (c is 'đ' or 'Đ')
            return 'd';
        // Half of a pair (an emoji, a rare ideograph): not a letter of any phrase, and Normalize refuses it alone.
        if (char.IsSurrogate(c))
            return c;
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var baseChar = decomposed.FirstOrDefault(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark);
        return char.ToLowerInvariant(baseChar == default ? c : baseChar);
    }
}
