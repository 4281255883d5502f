using CoopRegistry.Domain.Listing;

namespace CoopRegistry.Domain.Tests;

/// <summary>Issue 20: a filter is bounded by what it costs (its text searches), not only by its length.</summary>
public class FilterCostTests
{
    private static string Phrases(int count, string join = " OR ") => string.Join(join, Enumerable.Range(0, count).Select(i => $"\"a{i}\""));

    [Theory]
    [InlineData(" OR ")]
    [InlineData(" AND ")]
    [InlineData(" ")]
    public void Eight_text_searches_pass_and_nine_are_refused(string join)
    {
        Assert.NotNull(FilterParser.Parse(Phrases(FilterCost.MaxTextSearches, join)));
        var error = Assert.Throws<InvalidArgumentException>(() => FilterParser.Parse(Phrases(FilterCost.MaxTextSearches + 1, join)));
        Assert.Equal(FilterParser.Field, Assert.Single(error.Violations).Field);
    }

    [Fact]
    public void A_quoted_contains_is_a_text_search_and_nested_ones_count()
    {
        var nested = $"NOT ({Phrases(4)}) AND ({string.Join(" OR ", Enumerable.Range(0, 5).Select(i => $"task:\"b{i}\""))})";
        Assert.Throws<InvalidArgumentException>(() => FilterParser.Parse(nested));
    }

    [Fact]
    public void Cheap_comparisons_are_bounded_by_length_only()
    {
        var many = string.Join(" OR ", Enumerable.Range(0, 100).Select(i => $"s = S{i}"));
        Assert.NotNull(FilterParser.Parse(many));
    }
}
