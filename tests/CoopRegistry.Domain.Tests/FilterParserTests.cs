using CoopRegistry.Domain.Listing;

namespace CoopRegistry.Domain.Tests;

public class FilterParserTests
{
    /// <summary>The tree written back compactly, so expectations read like the filter.</summary>
    private static string Show(FilterNode? node) => node switch
    {
        null => "",
        And a => $"({Show(a.Left)} AND {Show(a.Right)})",
        Or o => $"({Show(o.Left)} OR {Show(o.Right)})",
        Not n => $"NOT {Show(n.Operand)}",
        Comparison c => $"{c.Field}{c.Operator.Symbol()}{(c.Value.Quoted ? $"\"{c.Value.Text}\"" : c.Value.Text)}",
        Phrase p => $"[{p.Text}]",
        _ => throw new InvalidOperationException(),
    };

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_filter_has_no_tree(string? filter) => Assert.Null(FilterParser.Parse(filter));

    [Theory]
    [InlineData("a = 1", "a=1")]
    [InlineData("a = 1 AND b = 2", "(a=1 AND b=2)")]
    // AIP-160: OR binds tighter than AND.
    [InlineData("a = 1 AND b = 2 OR c = 3", "(a=1 AND (b=2 OR c=3))")]
    [InlineData("a = 1 OR b = 2 AND c = 3", "((a=1 OR b=2) AND c=3)")]
    [InlineData("(a = 1 AND b = 2) OR c = 3", "((a=1 AND b=2) OR c=3)")]
    [InlineData("a = 1 OR b = 2 OR c = 3", "((a=1 OR b=2) OR c=3)")]
    [InlineData("NOT a = 1", "NOT a=1")]
    [InlineData("-a = 1", "NOT a=1")]
    [InlineData("NOT (a = 1 OR b = 2)", "NOT (a=1 OR b=2)")]
    [InlineData("-(a = 1) AND NOT b = 2", "(NOT a=1 AND NOT b=2)")]
    [InlineData("NOT (NOT a = 1)", "NOT NOT a=1")]
    [InlineData("a != 1", "a!=1")]
    [InlineData("a<1 AND b<=2 AND c>3 AND d>=4 AND e:5", "((((a<1 AND b<=2) AND c>3) AND d>=4) AND e:5)")]
    [InlineData("parties.province = \"provinces/KH-16\"", "parties.province=\"provinces/KH-16\"")]
    [InlineData("signed_on >= 2025-09-12", "signed_on>=2025-09-12")]
    [InlineData("create_time > 2025-09-12T08:30:00+07:00", "create_time>2025-09-12T08:30:00+07:00")]
    [InlineData("create_time < \"2025-09-12T08:30:00Z\"", "create_time<\"2025-09-12T08:30:00Z\"")]
    [InlineData("amount >= -12.5", "amount>=-12.5")]
    [InlineData("state = STATE_SIGNED", "state=STATE_SIGNED")]
    [InlineData("active = true", "active=true")]
    [InlineData("title:*", "title:*")]
    [InlineData("\"xuc tien dau tu\"", "[xuc tien dau tu]")]
    [InlineData("xuc tien", "([xuc] AND [tien])")]
    [InlineData("ស្ទឹងត្រែង", "[ស្ទឹងត្រែង]")]
    [InlineData("\"Đầu tư\" AND state = STATE_SIGNED", "([Đầu tư] AND state=STATE_SIGNED)")]
    [InlineData("-\"draft\" a=1", "(NOT [draft] AND a=1)")]
    public void Parses_with_aip_160_precedence(string filter, string expected) =>
        Assert.Equal(expected, Show(FilterParser.Parse(filter)));

    [Fact]
    public void Quoted_values_keep_spaces_escapes_and_diacritics()
    {
        var comparison = Assert.IsType<Comparison>(FilterParser.Parse("title = \"Sở \\\"Ngoại\\\" vụ\""));
        Assert.Equal(("Sở \"Ngoại\" vụ", true), (comparison.Value.Text, comparison.Value.Quoted));
    }

    [Fact]
    public void Nodes_know_their_positions_counting_from_one()
    {
        var and = Assert.IsType<And>(FilterParser.Parse("a = 1 AND  bee:\"x\""));
        var right = Assert.IsType<Comparison>(and.Right);
        Assert.Equal((12, 16), (right.Position, right.Value.Position));
    }

    [Theory]
    [InlineData("a = ", "at character 5: expected a value after '='")]
    [InlineData("a = 1 AND", "at character 10: expected a comparison")]
    [InlineData("a = 1 OR OR b = 2", "at character 10: expected a comparison")]
    [InlineData("(a = 1", "at character 7: expected ')' to close the '(' at character 1")]
    [InlineData("a = 1)", "at character 6: found ')' without a matching '('")]
    [InlineData("\"title\" = 1", "at character 1: expected a field name before '='")]
    [InlineData("a.  = 1", "at character 1: expected a field name")]
    [InlineData("a = \"open", "at character 5: the quoted string starting here is not closed")]
    [InlineData("a ! 1", "at character 3: expected '!='")]
    [InlineData("a = 1; DROP TABLE x", "at character 6: unexpected character ';'")]
    [InlineData("a = = 1", "at character 5: expected a value")]
    [InlineData("a = AND", "at character 5: expected a value")]
    [InlineData("AND a = 1", "at character 1: expected a comparison")]
    [InlineData("NOT", "at character 4: expected a comparison")]
    [InlineData("()", "at character 2: expected a comparison")]
    [InlineData("NOT -a = 1", "at character 5: expected a comparison")]
    public void Refuses_what_it_cannot_read_saying_where_and_what_was_expected(string filter, string expected)
    {
        var error = Assert.Throws<InvalidArgumentException>(() => FilterParser.Parse(filter));
        var violation = Assert.Single(error.Violations);
        Assert.Equal("filter", violation.Field);
        Assert.StartsWith(expected, violation.Description);
    }

    [Fact]
    public void Refuses_a_filter_longer_than_2000_characters_but_takes_one_of_2000()
    {
        var atLimit = string.Join(" OR ", Enumerable.Repeat("a = 1", 200)).PadRight(FilterParser.MaxLength);
        Assert.Equal(FilterParser.MaxLength, atLimit.Length);
        Assert.NotNull(FilterParser.Parse(atLimit));
        var error = Assert.Throws<InvalidArgumentException>(() => FilterParser.Parse(atLimit + " "));
        Assert.Contains("at most 2000", Assert.Single(error.Violations).Description);
    }

    [Fact]
    public void Refuses_nesting_deeper_than_the_limit()
    {
        var deep = new string('(', FilterParser.MaxDepth) + "a = 1" + new string(')', FilterParser.MaxDepth);
        Assert.NotNull(FilterParser.Parse(deep));
        var tooDeep = "(" + deep + ")";
        Assert.Contains("nest more than 32", Assert.Throws<InvalidArgumentException>(() => FilterParser.Parse(tooDeep)).Message);
        var nots = string.Concat(Enumerable.Repeat("NOT (", FilterParser.MaxDepth)) + "a = 1" + new string(')', FilterParser.MaxDepth);
        Assert.Contains("nest more than", Assert.Throws<InvalidArgumentException>(() => FilterParser.Parse(nots)).Message);
    }
}
