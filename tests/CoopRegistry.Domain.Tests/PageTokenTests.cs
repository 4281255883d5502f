using CoopRegistry.Domain.Listing;

namespace CoopRegistry.Domain.Tests;

public class PageTokenTests
{
    private static readonly string Fingerprint = PageToken.Fingerprint("state = STATE_SIGNED", "title desc");

    [Fact]
    public void A_token_carries_the_last_rows_keys_including_nulls_and_unicode()
    {
        var token = PageToken.Encode(Fingerprint, ["Đắk Lắk", null, "agreements/42"]);
        Assert.DoesNotContain('+', token);
        Assert.DoesNotContain('/', token);
        Assert.Equal(["Đắk Lắk", null, "agreements/42"], PageToken.Decode(token, Fingerprint, 3));
    }

    [Fact]
    public void No_token_means_the_first_page() => Assert.Null(PageToken.Decode("", Fingerprint, 2));

    [Fact]
    public void A_token_of_another_query_is_refused()
    {
        var token = PageToken.Encode(Fingerprint, ["x", "1"]);
        var other = PageToken.Fingerprint("state = STATE_DRAFT", "title desc");
        var error = Assert.Throws<InvalidArgumentException>(() => PageToken.Decode(token, other, 2));
        Assert.Equal("page_token", Assert.Single(error.Violations).Field);
        Assert.Contains("another filter", error.Message);
    }

    [Fact]
    public void Fingerprints_tell_apart_null_empty_and_shifted_parts()
    {
        Assert.NotEqual(PageToken.Fingerprint(null, "a"), PageToken.Fingerprint("", "a"));
        Assert.NotEqual(PageToken.Fingerprint("a", "b"), PageToken.Fingerprint("a\u001fb"));
        Assert.Equal(PageToken.Fingerprint("a", "b"), PageToken.Fingerprint("a", "b"));
    }

    [Theory]
    [InlineData("garbage!!")]
    [InlineData("djE6MTA6eA")] // an old offset token, "v1:10:x"
    [InlineData("AAAA")]
    [InlineData("eyJWIjoyfQ")] // {"V":2}
    public void A_forged_or_old_token_is_refused_naming_page_token(string token)
    {
        var error = Assert.Throws<InvalidArgumentException>(() => PageToken.Decode(token, Fingerprint, 2));
        Assert.Equal("page_token", Assert.Single(error.Violations).Field);
    }

    [Fact]
    public void A_token_with_the_wrong_number_of_keys_is_refused() =>
        Assert.Throws<InvalidArgumentException>(() => PageToken.Decode(PageToken.Encode(Fingerprint, ["a"]), Fingerprint, 2));
}
