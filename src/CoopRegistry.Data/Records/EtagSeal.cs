using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CoopRegistry.Data.Records;

/// <summary>
/// AIP-154 etags that say nothing but "this version of this record": an HMAC-SHA256, under a
/// server key, of the record's resource name and its row version (PostgreSQL's xmin). The row
/// version alone is the database's transaction counter, which moves with every write anyone makes,
/// hidden ones included; sealed, two records' etags are unrelated, and one record's etag changes
/// only when that record does. A stale or foreign etag is ABORTED, as before.
/// </summary>
public sealed class EtagSeal(byte[] key)
{
    // One keyed HMAC per thread, reset after each etag: a one-shot HMAC set the key up (and OpenSSL
    // looked the algorithm up) for every etag, and a page of 1,000 records seals 1,000.
    private readonly ThreadLocal<IncrementalHash> macs = new(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key));

    /// <summary>The etag of the record as it was read (or just saved).</summary>
    public string Of(RegistryRecord record) => Of(record.ResourceName, record.Version);

    public string Of(string resourceName, uint version)
    {
        // "name\nversion" in UTF-8, hashed and encoded on the stack: a page of 1,000 records seals
        // 1,000 etags, and this allocates only the etag itself.
        var length = Encoding.UTF8.GetMaxByteCount(resourceName.Length) + 11;
        byte[]? rented = null;
        Span<byte> text = length <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var written = Encoding.UTF8.GetBytes(resourceName, text);
        text[written++] = (byte)'\n';
        version.TryFormat(text[written..], out var digits, provider: CultureInfo.InvariantCulture);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var hmac = macs.Value!;
        hmac.AppendData(text[..(written + digits)]);
        hmac.GetHashAndReset(mac);
        if (rented is not null)
            ArrayPool<byte>.Shared.Return(rented);
        // 128 bits are plenty to tell versions apart; base64url without padding, quoted, as a strong HTTP etag.
        Span<char> etag = stackalloc char[24];
        etag[0] = '"';
        var encoded = Base64Url.EncodeToChars(mac[..16], etag[1..]);
        etag[encoded + 1] = '"';
        return new string(etag[..(encoded + 2)]);
    }

    /// <summary>Nothing to check when the caller sends no etag; otherwise it must be the record's current one (else ABORTED).</summary>
    public void Demand(string? etag, RegistryRecord record)
    {
        if (string.IsNullOrEmpty(etag))
            return;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(etag), Encoding.UTF8.GetBytes(Of(record))))
            throw new ConcurrencyConflictException(record.ResourceName);
    }
}
