namespace CoopRegistry.Domain.Listing;

/// <summary>
/// Bounds what a filter costs, not only its length: each text search (a bare phrase, or a
/// <c>field:"text"</c> that may match inside text) is a pattern match over the records' text that
/// an index helps little with, and a few hundred OR'ed short phrases fit in the length limit while
/// costing hundreds of scans. Every other comparison is an indexed or plain column test, bounded
/// enough by the filter's length.
/// </summary>
public static class FilterCost
{
    /// <summary>Text searches one filter may make.</summary>
    public const int MaxTextSearches = 8;

    /// <summary>Throws INVALID_ARGUMENT on <c>filter</c> when <paramref name="tree"/> makes more text searches than the bound.</summary>
    public static void Demand(FilterNode tree)
    {
        var searches = TextSearches(tree);
        if (searches > MaxTextSearches)
            throw new InvalidArgumentException(FilterParser.Field,
                $"makes {searches} text searches; at most {MaxTextSearches} are accepted (each one reads the records' text): search fewer phrases, or narrow with other fields");
    }

    private static int TextSearches(FilterNode node) => node switch
    {
        And and => TextSearches(and.Left) + TextSearches(and.Right),
        Or or => TextSearches(or.Left) + TextSearches(or.Right),
        Not not => TextSearches(not.Operand),
        Phrase => 1,
        Comparison { Operator: ComparisonOperator.Has, Value.Quoted: true } => 1,
        _ => 0,
    };
}
