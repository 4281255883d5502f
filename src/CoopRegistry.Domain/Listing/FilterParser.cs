namespace CoopRegistry.Domain.Listing;

/// <summary>
/// Parses AIP-160 filters into a <see cref="FilterNode"/> tree, without knowing any fields (the
/// list's schema checks fields and values). The grammar, as the AIP gives it:
/// <code>
/// expression  = sequence { "AND" sequence }
/// sequence    = factor { factor }                 (side by side: AND)
/// factor      = term { "OR" term }                (so "a AND b OR c" is "a AND (b OR c)")
/// term        = [ "NOT" | "-" ] simple
/// simple      = "(" expression ")" | comparable [ comparator value ]
/// comparator  = "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | ":"
/// </code>
/// A comparable without a comparator is a <see cref="Phrase"/>. Errors are INVALID_ARGUMENT on
/// <c>filter</c> saying at which character and what was expected.
/// </summary>
public sealed class FilterParser
{
    public const string Field = "filter";
    public const int MaxLength = 2000;
    /// <summary>Parentheses and NOTs nest at most this deep, so a hostile filter cannot exhaust the stack.</summary>
    public const int MaxDepth = 32;

    private readonly List<FilterToken> tokens;
    private int next;
    private int depth;

    private FilterParser(List<FilterToken> tokens) => this.tokens = tokens;

    /// <summary>The filter's tree, or null when it is empty.</summary>
    public static FilterNode? Parse(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
            return null;
        if (filter.Length > MaxLength)
            throw new InvalidArgumentException(Field, $"is {filter.Length} characters long; at most {MaxLength} are accepted");
        var parser = new FilterParser(FilterLexer.Tokenize(filter));
        var tree = parser.Expression();
        var end = parser.Peek;
        if (end.Kind != FilterTokenKind.End)
            throw Error(end.Position, end.Kind == FilterTokenKind.CloseParen
                ? "found ')' without a matching '('"
                : $"expected AND, OR or the end of the filter, found {end.Describe()}");
        FilterCost.Demand(tree);
        return tree;
    }

    public static InvalidArgumentException Error(int position, string description) =>
        new(Field, $"at character {position}: {description}");

    private FilterToken Peek => tokens[next];

    private FilterNode Expression() => Joined("AND", Sequence, static (left, right) => new And(left, right));

    private FilterNode Sequence()
    {
        var node = Factor();
        while (StartsTerm(Peek))
            node = new And(node, Factor());
        return node;
    }

    private FilterNode Factor() => Joined("OR", Term, static (left, right) => new Or(left, right));

    /// <summary>Operands joined left to right by <paramref name="keyword"/>.</summary>
    private FilterNode Joined(string keyword, Func<FilterNode> operand, Func<FilterNode, FilterNode, FilterNode> join)
    {
        var node = operand();
        while (Peek.IsKeyword(keyword))
        {
            next++;
            node = join(node, operand());
        }
        return node;
    }

    private FilterNode Term()
    {
        var token = Peek;
        if (token.Kind == FilterTokenKind.Minus || token.IsKeyword("NOT"))
        {
            next++;
            return Nested(token.Position, () => new Not(Simple(), token.Position));
        }
        return Simple();
    }

    private FilterNode Simple()
    {
        var token = Peek;
        if (token.Kind == FilterTokenKind.OpenParen)
        {
            next++;
            var inner = Nested(token.Position, Expression);
            if (Peek.Kind != FilterTokenKind.CloseParen)
                throw Error(Peek.Position, $"expected ')' to close the '(' at character {token.Position}, found {Peek.Describe()}");
            next++;
            return inner;
        }
        if (!StartsTerm(token) || token.Kind is FilterTokenKind.Minus || token.IsKeyword("NOT"))
            throw Error(token.Position, $"expected a comparison (field = value), a quoted phrase or '(', found {token.Describe()}");
        next++;
        if (Peek.Kind != FilterTokenKind.Comparator)
            return new Phrase(token.Text, token.Position);

        var comparator = tokens[next++];
        if (token.Kind == FilterTokenKind.String || !IsFieldPath(token.Text))
            throw Error(token.Position, $"expected a field name before '{comparator.Text}', found {token.Describe()}");
        var value = Peek;
        if (value.Kind is not (FilterTokenKind.Word or FilterTokenKind.String) || value.IsKeyword("AND") || value.IsKeyword("OR") || value.IsKeyword("NOT"))
            throw Error(value.Position, $"expected a value after '{comparator.Text}' (a quoted string, number, date, true/false or name), found {value.Describe()}");
        next++;
        return new Comparison(token.Text, Operator(comparator.Text), new FilterLiteral(value.Text, value.Kind == FilterTokenKind.String, value.Position), token.Position);
    }

    private FilterNode Nested(int position, Func<FilterNode> parse)
    {
        if (++depth > MaxDepth)
            throw Error(position, $"parentheses and NOT nest more than {MaxDepth} deep");
        var node = parse();
        depth--;
        return node;
    }

    private static bool StartsTerm(FilterToken token) =>
        token.Kind is FilterTokenKind.String or FilterTokenKind.OpenParen or FilterTokenKind.Minus
        || (token.Kind == FilterTokenKind.Word && !token.IsKeyword("AND") && !token.IsKeyword("OR"));

    private static bool IsFieldPath(string text) =>
        text.Split('.').All(part => part.Length > 0 && (char.IsAsciiLetter(part[0]) || part[0] == '_') && part.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'));

    private static ComparisonOperator Operator(string symbol) => symbol switch
    {
        "=" => ComparisonOperator.Equal,
        "!=" => ComparisonOperator.NotEqual,
        "<" => ComparisonOperator.Less,
        "<=" => ComparisonOperator.LessOrEqual,
        ">" => ComparisonOperator.Greater,
        ">=" => ComparisonOperator.GreaterOrEqual,
        _ => ComparisonOperator.Has,
    };
}
