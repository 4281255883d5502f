using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopRegistry.Domain.Listing;

/// <summary>
/// Opaque AIP-158 keyset page tokens. A token carries the sort-key values of the last row served
/// (the unique id last) and a fingerprint of the query it belongs to, so the next page starts
/// strictly after that row however many rows were added or removed meanwhile, and a token reused
/// with another filter or order is refused. Values are text; the list's schema reads them.
/// A listing's token also carries the total counted with its first page, so paging through a
/// large result does not count it again for every page.
/// </summary>
public static class PageToken
{
    public const string Field = "page_token";
    private const int Version = 2;

    public static string Encode(string fingerprint, IReadOnlyList<string?> keys, int? total = null)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new Body(Version, fingerprint, keys.ToArray(), total));
        return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The key values in <paramref name="token"/>, or null when there is no token.</summary>
    public static IReadOnlyList<string?>? Decode(string? token, string fingerprint, int keyCount) =>
        DecodeCursor(token, fingerprint, keyCount)?.Keys;

    /// <summary>The key values and the total carried by <paramref name="token"/>, or null when there is no token.</summary>
    public static PageCursor? DecodeCursor(string? token, string fingerprint, int keyCount)
    {
        if (string.IsNullOrEmpty(token))
            return null;
        Body? body;
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            body = JsonSerializer.Deserialize<Body>(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=')));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw NotOurs();
        }
        if (body is not { V: Version, F: not null, K: not null })
            throw NotOurs();
        if (body.F != fingerprint)
            throw new InvalidArgumentException(Field, "belongs to a query with another filter, order_by or other arguments; start again without a page_token");
        if (body.K.Length != keyCount || body.T < 0)
            throw NotOurs();
        return new PageCursor(body.K, body.T);
    }

    /// <summary>A short digest of everything that shapes the result set.</summary>
    public static string Fingerprint(params string?[] queryParts) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(queryParts))).Substring(0, 16);

    public static InvalidArgumentException NotOurs() => new(Field, "is not a token this service issued");

    // T: the total counted with the first page (left out of tokens that carry none).
    private sealed record Body(int V, string? F, string?[]? K, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? T = null);
}
