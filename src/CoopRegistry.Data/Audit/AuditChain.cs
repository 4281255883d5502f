using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace CoopRegistry.Data.Audit;

/// <summary>
/// The chain's hash: SHA-256 over every field of an entry, each framed by its length (a null is
/// length −1), then the previous entry's hash. Anyone with the rows can recompute it; README
/// "Audit" gives the exact layout. The first entry's previous hash is 32 zero bytes.
/// An entry a person made is hashed as version 2: the version string says so and the person
/// follows the party agencies. Entries without a person keep version 1, byte for byte, so the
/// entries written before people could sign in verify as they always did.
/// </summary>
public static class AuditChain
{
    public static byte[] Genesis => new byte[32];

    private const string Version = "coopregistry.audit.v1";
    private const string PersonVersion = "coopregistry.audit.v2";

    public static byte[] HashOf(AuditEntry entry)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Field(hash, entry.PersonId is null ? Version : PersonVersion);
        Field(hash, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(hash, UnixMicroseconds(entry.Time).ToString(CultureInfo.InvariantCulture));
        Field(hash, entry.ClientId);
        Field(hash, entry.AgencyId);
        Field(hash, entry.Method);
        Field(hash, entry.RecordName);
        Field(hash, entry.ParentName);
        Field(hash, entry.Change.ToString());
        Field(hash, entry.Before);
        Field(hash, entry.After);
        Field(hash, entry.RequestId?.ToString("D"));
        Field(hash, entry.Visibility.ToString());
        Field(hash, entry.HomeProvinceCode);
        Field(hash, string.Join('\n', entry.PartyProvinceCodes));
        Field(hash, string.Join('\n', entry.PartyAgencyIds));
        if (entry.PersonId is not null)
            Field(hash, entry.PersonId);
        hash.AppendData(entry.PreviousHash);
        return hash.GetHashAndReset();
    }

    public static long UnixMicroseconds(DateTime time) => (time.ToUniversalTime().Ticks - DateTime.UnixEpoch.Ticks) / 10;

    private static void Field(IncrementalHash hash, string? value)
    {
        Span<byte> length = stackalloc byte[4];
        if (value is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(length, -1);
            hash.AppendData(length);
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(value);
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
