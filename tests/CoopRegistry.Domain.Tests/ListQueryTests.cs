using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Listing;

namespace CoopRegistry.Domain.Tests;

public class ListQueryTests
{
    private static readonly ListSchema Schema = new([new FilterField("home", FilterValueKind.Boolean)], ["code", "name"]);

    [Theory]
    [InlineData(0, ListQuery.DefaultPageSize)]
    [InlineData(7, 7)]
    [InlineData(5000, ListQuery.MaxPageSize)]
    public void Page_size_defaults_and_is_coerced_to_the_maximum(int requested, int expected) =>
        Assert.Equal(expected, ListQuery.Parse(requested, null, null, null, Schema).PageSize);

    [Fact]
    public void Negative_page_size_is_refused() =>
        Assert.Equal("page_size", Assert.Single(Assert.Throws<InvalidArgumentException>(() => ListQuery.Parse(-1, null, null, null, Schema)).Violations).Field);

    [Fact]
    public void Next_page_token_resumes_at_the_next_offset_and_is_empty_on_the_last_page()
    {
        var first = ListQuery.Parse(10, null, "home = true", "name desc", Schema);
        var token = first.NextPageToken(totalSize: 25);
        var second = ListQuery.Parse(10, token, "home = true", "name desc", Schema);
        Assert.Equal(10, second.Offset);
        var third = ListQuery.Parse(10, second.NextPageToken(25), "home = true", "name desc", Schema);
        Assert.Equal(20, third.Offset);
        Assert.Equal("", third.NextPageToken(25));
    }

    [Fact]
    public void A_token_is_refused_with_another_filter_or_order()
    {
        var token = ListQuery.Parse(10, null, "home = true", null, Schema).NextPageToken(25);
        Assert.Contains("another filter", Assert.Throws<InvalidArgumentException>(() => ListQuery.Parse(10, token, "home = false", null, Schema)).Message);
        Assert.Throws<InvalidArgumentException>(() => ListQuery.Parse(10, token, "home = true", "code", Schema));
    }

    [Theory]
    [InlineData("garbage!!")]
    [InlineData("djE6LTE6eA")]
    [InlineData("AAAA")]
    public void A_forged_token_is_refused_naming_page_token(string token)
    {
        var error = Assert.Throws<InvalidArgumentException>(() => ListQuery.Parse(10, token, null, null, Schema));
        Assert.Equal("page_token", Assert.Single(error.Violations).Field);
    }

    [Theory]
    [InlineData("name desc, code", "name", true)]
    [InlineData("code asc", "code", false)]
    public void Order_by_reads_fields_and_directions(string orderBy, string firstField, bool descending)
    {
        var key = ListQuery.Parse(0, null, null, orderBy, Schema).Order[0];
        Assert.Equal((firstField, descending), (key.Field, key.Descending));
    }

    [Theory]
    [InlineData("color")]
    [InlineData("name sideways")]
    [InlineData("name, name")]
    public void Order_by_refuses_unknown_fields_and_directions(string orderBy) =>
        Assert.Equal("order_by", Assert.Single(Assert.Throws<InvalidArgumentException>(() => ListQuery.Parse(0, null, null, orderBy, Schema)).Violations).Field);
}
