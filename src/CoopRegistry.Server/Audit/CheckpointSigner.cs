using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Audit;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Server.Audit;

/// <summary>
/// Signs the head of the audit chain with the registry's ECDSA P-256 key and checks checkpoints
/// signed before. The signature (SHA-256, DER as RFC 3279, what <c>openssl dgst -verify</c> reads)
/// covers the UTF-8 bytes of <see cref="CanonicalText"/>; the key id is the base64url SHA-256 of
/// the public key's SubjectPublicKeyInfo, prefixed "dev-" for a generated development key.
/// </summary>
public sealed class CheckpointSigner : IDisposable
{
    public const string Format = "coopregistry.checkpoint.v1";

    private readonly ECDsa key;

    public CheckpointSigner(ECDsa key, bool development)
    {
        this.key = key;
        Development = development;
        var publicKey = key.ExportSubjectPublicKeyInfo();
        PublicKeyPem = key.ExportSubjectPublicKeyInfoPem();
        KeyId = (development ? "dev-" : "") + Convert.ToBase64String(SHA256.HashData(publicKey)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public string KeyId { get; }

    public string PublicKeyPem { get; }

    /// <summary>True for the generated development key: its checkpoints prove nothing elsewhere.</summary>
    public bool Development { get; }

    /// <summary>The signed text: format, sequence, lower-case hex hash and time in Unix microseconds, one per line.</summary>
    public static string CanonicalText(long sequence, ReadOnlySpan<byte> hash, long unixMicroseconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{Format}\n{sequence}\n{Convert.ToHexStringLower(hash)}\n{unixMicroseconds}");

    public AuditCheckpoint Sign(AuditHead head)
    {
        var micros = AuditChain.UnixMicroseconds(head.Time);
        var signature = key.SignData(Encoding.UTF8.GetBytes(CanonicalText(head.Sequence, head.Hash, micros)), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return new AuditCheckpoint
        {
            Sequence = head.Sequence,
            Hash = ByteString.CopyFrom(head.Hash),
            Time = FromUnixMicroseconds(micros),
            KeyId = KeyId,
            Signature = ByteString.CopyFrom(signature),
        };
    }

    /// <summary>True when this key signed exactly these sequence, hash and time.</summary>
    public bool Verify(AuditCheckpoint checkpoint)
    {
        if (checkpoint.KeyId != KeyId || checkpoint.Time is null || checkpoint.Time.Nanos % 1000 != 0)
            return false;
        var micros = checkpoint.Time.Seconds * 1_000_000 + checkpoint.Time.Nanos / 1000;
        var text = CanonicalText(checkpoint.Sequence, checkpoint.Hash.Span, micros);
        try
        {
            return key.VerifyData(Encoding.UTF8.GetBytes(text), checkpoint.Signature.Span, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>
    /// A 256-bit key for another purpose (<paramref name="purpose"/>, e.g. sealing etags), derived
    /// from this private key with HKDF-SHA256: the registry's one server secret, shared by every
    /// process, yields keys that reveal nothing of it or of each other.
    /// </summary>
    public byte[] DeriveKey(string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, key.ExportParameters(includePrivateParameters: true).D!, 32, info: Encoding.UTF8.GetBytes(purpose));

    public void Dispose() => key.Dispose();

    private static Timestamp FromUnixMicroseconds(long micros) => new()
    {
        Seconds = Math.DivRem(micros, 1_000_000, out var rest) - (rest < 0 ? 1 : 0),
        Nanos = (int)((rest + (rest < 0 ? 1_000_000 : 0)) * 1000),
    };
}
