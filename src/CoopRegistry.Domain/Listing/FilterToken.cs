namespace CoopRegistry.Domain.Listing;

internal enum FilterTokenKind
{
    Word,
    String,
    Comparator,
    OpenParen,
    CloseParen,
    Minus,
    End,
}

/// <summary>One token of a filter; <see cref="Position"/> counts from 1.</summary>
internal readonly record struct FilterToken(FilterTokenKind Kind, string Text, int Position)
{
    public bool IsKeyword(string keyword) => Kind == FilterTokenKind.Word && Text == keyword;

    public string Describe() => Kind switch
    {
        FilterTokenKind.End => "the end of the filter",
        FilterTokenKind.String => $"\"{Text}\"",
        _ => $"'{Text}'",
    };
}
