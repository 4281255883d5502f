using System.Text;
using CoopRegistry.Domain.Errors;

namespace CoopRegistry.Domain.Listing;

/// <summary>
/// Parses the subset of AIP-160 the registry serves: comparisons <c>field = value</c> or
/// <c>field != value</c> joined by AND. Values are "quoted strings", true/false or enum names.
/// Anything else is INVALID_ARGUMENT naming the <c>filter</c> field and what was wrong.
/// </summary>
public static class FilterParser
{
    private const string Field = "filter";
    private const int MaxLength = 2000;

    public static IReadOnlyList<FilterCondition> Parse(string? filter, IReadOnlyCollection<FilterField> fields)
    {
        if (string.IsNullOrWhiteSpace(filter))
            return [];
        if (filter.Length > MaxLength)
            throw new InvalidArgumentException(Field, $"is longer than {MaxLength} characters");

        var tokens = Tokenize(filter);
        var conditions = new List<FilterCondition>();
        var position = 0;
        while (true)
        {
            conditions.Add(ParseComparison(tokens, ref position, fields));
            if (position == tokens.Count)
                return conditions;
            if (tokens[position] is not { Quoted: false, Text: "AND" })
                throw Error($"expected AND after a comparison, found '{tokens[position].Text}'");
            position++;
        }
    }

    private static FilterCondition ParseComparison(List<Token> tokens, ref int position, IReadOnlyCollection<FilterField> fields)
    {
        if (tokens.Count - position < 3)
            throw Error("expected a comparison of the form field = value");
        var name = tokens[position];
        var op = tokens[position + 1];
        var value = tokens[position + 2];
        position += 3;

        var field = fields.FirstOrDefault(f => !name.Quoted && f.Name == name.Text)
            ?? throw Error($"cannot filter on '{name.Text}'; filterable fields are {string.Join(", ", fields.Select(f => f.Name))}");
        if (op.Quoted || op.Text is not ("=" or "!="))
            throw Error($"operator '{op.Text}' is not supported for {field.Name}; use = or !=");
        return new FilterCondition(field.Name, op.Text == "!=", CheckValue(field, value));
    }

    private static string CheckValue(FilterField field, Token value) => field.Kind switch
    {
        FilterValueKind.Text when value.Quoted => value.Text,
        FilterValueKind.Text => throw Error($"{field.Name} takes a quoted string, as {field.Name} = \"…\""),
        FilterValueKind.Boolean when !value.Quoted && value.Text is "true" or "false" => value.Text,
        FilterValueKind.Boolean => throw Error($"{field.Name} takes true or false"),
        _ when field.EnumValues!.Contains(value.Text) => value.Text,
        _ => throw Error($"'{value.Text}' is not a value of {field.Name}; use one of {string.Join(", ", field.EnumValues!)}"),
    };

    private readonly record struct Token(string Text, bool Quoted);

    private static List<Token> Tokenize(string filter)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < filter.Length)
        {
            var c = filter[i];
            if (char.IsWhiteSpace(c))
                i++;
            else if (c == '"')
                tokens.Add(new Token(ReadQuoted(filter, ref i), true));
            else if (c is '=' or '<' or '>' or ':' or '!')
            {
                // Read every AIP-160 operator, so an unsupported one is named as such.
                var length = i + 1 < filter.Length && filter[i + 1] == '=' && c != '=' && c != ':' ? 2 : 1;
                tokens.Add(new Token(filter.Substring(i, length), false));
                i += length;
            }
            else if (char.IsLetterOrDigit(c) || c is '_' or '.' or '-')
            {
                var start = i;
                while (i < filter.Length && (char.IsLetterOrDigit(filter[i]) || filter[i] is '_' or '.' or '-'))
                    i++;
                tokens.Add(new Token(filter[start..i], false));
            }
            else
                throw Error($"unexpected character '{c}' at position {i}");
        }
        return tokens;
    }

    private static string ReadQuoted(string filter, ref int i)
    {
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
        throw Error("a quoted string is not closed");
    }

    private static InvalidArgumentException Error(string description) => new(Field, description);
}
