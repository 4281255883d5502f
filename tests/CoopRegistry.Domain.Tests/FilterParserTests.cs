using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Listing;

namespace CoopRegistry.Domain.Tests;

public class FilterParserTests
{
    private static readonly FilterField[] Fields =
    [
        new("country_code", FilterValueKind.Text),
        new("home", FilterValueKind.Boolean),
        new("kind", FilterValueKind.Enum, new HashSet<string> { "AGENCY_KIND_DEPARTMENT", "AGENCY_KIND_BOARD" }),
    ];

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_filter_has_no_conditions(string? filter) => Assert.Empty(FilterParser.Parse(filter, Fields));

    [Fact]
    public void Parses_a_conjunction_of_comparisons()
    {
        var conditions = FilterParser.Parse("country_code = \"KH\" AND home != true AND kind=AGENCY_KIND_BOARD", Fields);
        Assert.Equal(
            [new FilterCondition("country_code", false, "KH"), new FilterCondition("home", true, "true"), new FilterCondition("kind", false, "AGENCY_KIND_BOARD")],
            conditions);
    }

    [Fact]
    public void Quoted_values_keep_spaces_escapes_and_diacritics()
    {
        var condition = Assert.Single(FilterParser.Parse("country_code = \"Sở \\\"Ngoại\\\" vụ\"", Fields));
        Assert.Equal("Sở \"Ngoại\" vụ", condition.Value);
    }

    [Theory]
    [InlineData("province = \"x\"", "cannot filter on 'province'")]
    [InlineData("country_code > \"KH\"", "operator '>'")]
    [InlineData("country_code = KH", "takes a quoted string")]
    [InlineData("home = \"yes\"", "takes true or false")]
    [InlineData("kind = AGENCY_KIND_SHIP", "is not a value of kind")]
    [InlineData("country_code = \"KH\" OR home = true", "expected AND")]
    [InlineData("country_code = \"KH", "not closed")]
    [InlineData("country_code =", "expected a comparison")]
    [InlineData("country_code = \"KH\"; DROP TABLE provinces", "unexpected character ';'")]
    public void Refuses_what_it_cannot_read_naming_the_filter_field(string filter, string expected)
    {
        var error = Assert.Throws<InvalidArgumentException>(() => FilterParser.Parse(filter, Fields));
        var violation = Assert.Single(error.Violations);
        Assert.Equal("filter", violation.Field);
        Assert.Contains(expected, violation.Description);
    }

    [Fact]
    public void Refuses_a_very_long_filter()
    {
        var error = Assert.Throws<InvalidArgumentException>(() => FilterParser.Parse(new string('a', 5000), Fields));
        Assert.Contains("longer than", error.Message);
    }
}
