using System.Security.Cryptography;
using System.Text;
using CoopRegistry.Domain.Errors;

namespace CoopRegistry.Domain.Listing;

/// <summary>
/// Opaque AIP-158 page tokens. A token carries the offset of the next page and a fingerprint of
/// the query it belongs to, so a token reused with another filter or order is refused.
/// </summary>
public static class PageToken
{
    private const string Field = "page_token";

    public static string Encode(int offset, string fingerprint) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"v1:{offset}:{fingerprint}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static int Decode(string? token, string fingerprint)
    {
        if (string.IsNullOrEmpty(token))
            return 0;
        string text;
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            text = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=')));
        }
        catch (FormatException)
        {
            throw new InvalidArgumentException(Field, "is not a token this service issued");
        }
        var parts = text.Split(':');
        if (parts.Length != 3 || parts[0] != "v1" || !int.TryParse(parts[1], out var offset) || offset < 0)
            throw new InvalidArgumentException(Field, "is not a token this service issued");
        if (parts[2] != fingerprint)
            throw new InvalidArgumentException(Field, "belongs to a query with another filter or order_by");
        return offset;
    }

    /// <summary>A short digest of everything that shapes the result set.</summary>
    public static string Fingerprint(params string?[] queryParts) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', queryParts))))[..16];
}
