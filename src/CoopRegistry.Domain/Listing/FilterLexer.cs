using System.Globalization;
using System.Text;

namespace CoopRegistry.Domain.Listing;

/// <summary>Splits an AIP-160 filter into words, quoted strings, comparators, parentheses and '-'.</summary>
internal static class FilterLexer
{
    public static List<FilterToken> Tokenize(string filter)
    {
        var tokens = new List<FilterToken>();
        var i = 0;
        while (i < filter.Length)
        {
            var c = filter[i];
            var position = i + 1;
            if (char.IsWhiteSpace(c))
                i++;
            else if (c == '"')
                tokens.Add(new FilterToken(FilterTokenKind.String, ReadQuoted(filter, ref i), position));
            else if (c == '(' || c == ')')
            {
                tokens.Add(new FilterToken(c == '(' ? FilterTokenKind.OpenParen : FilterTokenKind.CloseParen, c.ToString(), position));
                i++;
            }
            else if (c is '=' or '<' or '>' or ':' or '!')
                tokens.Add(new FilterToken(FilterTokenKind.Comparator, ReadComparator(filter, ref i), position));
            else if (c == '-' && !(i + 1 < filter.Length && char.IsDigit(filter[i + 1])))
            {
                // '-' before a term negates it; before a digit it starts a negative number.
                tokens.Add(new FilterToken(FilterTokenKind.Minus, "-", position));
                i++;
            }
            else if (c == '*')
            {
                tokens.Add(new FilterToken(FilterTokenKind.Word, "*", position));
                i++;
            }
            else if (IsWordCharacter(c) || c == '-')
                tokens.Add(new FilterToken(FilterTokenKind.Word, ReadWord(filter, ref i), position));
            else
                throw FilterParser.Error(position, $"unexpected character '{c}'");
        }
        tokens.Add(new FilterToken(FilterTokenKind.End, "", filter.Length + 1));
        return tokens;
    }

    /// <summary>
    /// Letters of any script with their combining marks (Khmer, Lao and decomposed Vietnamese need
    /// them), digits and the punctuation of field paths, names, dates and numbers.
    /// </summary>
    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || c is '_' or '.' or '+'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static string ReadWord(string filter, ref int i)
    {
        var start = i;
        // A word starting with a digit is a number, date or timestamp: ':' belongs to its time.
        var numeric = char.IsDigit(filter[i]) || filter[i] == '-';
        while (i < filter.Length && (IsWordCharacter(filter[i]) || filter[i] == '-' || (numeric && filter[i] == ':')))
            i++;
        return filter[start..i];
    }

    private static string ReadComparator(string filter, ref int i)
    {
        var c = filter[i];
        var withEquals = i + 1 < filter.Length && filter[i + 1] == '=' && c is '<' or '>' or '!';
        if (c == '!' && !withEquals)
            throw FilterParser.Error(i + 1, "expected '!=' ('!' alone is not an operator; use NOT or '-' to negate)");
        var length = withEquals ? 2 : 1;
        i += length;
        return filter.Substring(i - length, length);
    }

    private static string ReadQuoted(string filter, ref int i)
    {
        var start = i + 1;
        var text = new StringBuilder();
        for (i++; i < filter.Length; i++)
        {
            var c = filter[i];
            if (c == '"')
            {
                i++;
                return text.ToString();
            }
            if (c == '\\' && i + 1 < filter.Length)
                c = filter[++i];
            text.Append(c);
        }
        throw FilterParser.Error(start, "the quoted string starting here is not closed");
    }
}
