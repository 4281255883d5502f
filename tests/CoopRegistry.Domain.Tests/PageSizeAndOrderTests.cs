using CoopRegistry.Domain.Listing;

namespace CoopRegistry.Domain.Tests;

public class PageSizeAndOrderTests
{
    private static readonly string[] Fields = ["code", "name"];

    [Theory]
    [InlineData(0, PageSize.Default)]
    [InlineData(7, 7)]
    [InlineData(1000, 1000)]
    [InlineData(5000, PageSize.Max)]
    public void Page_size_defaults_and_is_coerced_to_the_maximum(int requested, int expected) =>
        Assert.Equal(expected, PageSize.Resolve(requested));

    [Fact]
    public void Negative_page_size_is_refused() =>
        Assert.Equal("page_size", Assert.Single(Assert.Throws<InvalidArgumentException>(() => PageSize.Resolve(-1)).Violations).Field);

    [Theory]
    [InlineData("name desc, code", "name", true, 2)]
    [InlineData("code asc", "code", false, 1)]
    [InlineData("  code  ", "code", false, 1)]
    public void Order_by_reads_fields_and_directions(string orderBy, string firstField, bool descending, int count)
    {
        var keys = OrderByParser.Parse(orderBy, Fields);
        Assert.Equal((firstField, descending, count), (keys[0].Field, keys[0].Descending, keys.Count));
    }

    [Theory]
    [InlineData("color")]
    [InlineData("name sideways")]
    [InlineData("name, name")]
    [InlineData("name,")]
    public void Order_by_refuses_unknown_fields_and_directions(string orderBy) =>
        Assert.Equal("order_by", Assert.Single(Assert.Throws<InvalidArgumentException>(() => OrderByParser.Parse(orderBy, Fields)).Violations).Field);
}
