using CoopRegistry.Data.Records;

namespace CoopRegistry.Data.Tests.Records;

/// <summary>
/// An etag is HMAC-SHA256 of "name\nversion" under the server key, its first 128 bits in base64url
/// without padding, quoted. Callers keep etags across deployments, so the text must never change:
/// these were computed independently (Python's hmac) for the key of 32 zero bytes.
/// </summary>
public class EtagSealTests
{
    private readonly EtagSeal seal = new(new byte[32]);

    [Theory]
    [InlineData("agreements/ga0000000", 42u, "\"K_BXJTFMHJT_-_ImBMUwGg\"")]
    [InlineData("commitments/c-đầu-tư", uint.MaxValue, "\"NfhMYuu1htKdrBjNBP8ZsA\"")]
    public void An_etag_is_the_same_text_it_always_was(string resourceName, uint version, string etag) =>
        Assert.Equal(etag, seal.Of(resourceName, version));
}
