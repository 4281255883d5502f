namespace CoopRegistry.Domain.Listing;

/// <summary>
/// A parsed AIP-160 filter. Positions count characters of the filter from 1, so an error about a
/// node can say where it is.
/// </summary>
public abstract record FilterNode(int Position);

/// <summary><c>left AND right</c> (also two terms written side by side).</summary>
public sealed record And(FilterNode Left, FilterNode Right) : FilterNode(Left.Position);

/// <summary><c>left OR right</c>.</summary>
public sealed record Or(FilterNode Left, FilterNode Right) : FilterNode(Left.Position);

/// <summary><c>NOT operand</c> or <c>-operand</c>.</summary>
public sealed record Not(FilterNode Operand, int Position) : FilterNode(Position);

/// <summary><c>field op value</c>; <see cref="Field"/> may be a dotted path such as <c>parties.province</c>.</summary>
public sealed record Comparison(string Field, ComparisonOperator Operator, FilterLiteral Value, int Position) : FilterNode(Position);

/// <summary>A bare word or quoted phrase: a search of the record's text.</summary>
public sealed record Phrase(string Text, int Position) : FilterNode(Position);

/// <summary>A value as written: quoted strings lose their quotes and escapes; bare words stay as they are.</summary>
public sealed record FilterLiteral(string Text, bool Quoted, int Position);

public enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    /// <summary><c>:</c> — contains (repeated fields, text) or equals (other fields).</summary>
    Has,
}

public static class ComparisonOperators
{
    public static string Symbol(this ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        _ => ":",
    };
}
