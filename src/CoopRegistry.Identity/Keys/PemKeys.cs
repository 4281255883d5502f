using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CoopRegistry.Identity.Keys;

/// <summary>RSA keys as PEM files (PKCS#8 or PKCS#1, unencrypted), with a key id derived from the key itself.</summary>
public static class PemKeys
{
    public static RsaSecurityKey Load(string path) => WithKeyId(PemFiles.Import(path, RSA.Create(), "RSA"));

    /// <summary>Returns the key kept at <paramref name="path"/>, creating it first if there is none.</summary>
    public static RsaSecurityKey LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            using var rsa = RSA.Create(2048);
            PemFiles.WriteOnce(path, rsa.ExportPkcs8PrivateKeyPem());
        }
        return Load(path);
    }

    // The JWK thumbprint (RFC 7638): the same key gets the same kid in every process and after every restart.
    private static RsaSecurityKey WithKeyId(RSA rsa)
    {
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }
}
