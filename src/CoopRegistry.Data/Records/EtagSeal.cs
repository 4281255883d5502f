using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Records;

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
    /// <summary>The etag of the record as it was read (or just saved).</summary>
    public string Of(RegistryRecord record) => Of(record.ResourceName, record.Version);

    public string Of(string resourceName, uint version)
    {
        var text = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{resourceName}\n{version}"));
        var mac = HMACSHA256.HashData(key, text);
        // 128 bits are plenty to tell versions apart; quoted, as a strong HTTP etag.
        return $"\"{Convert.ToBase64String(mac, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";
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
