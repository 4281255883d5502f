using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CoopRegistry.Identity.Keys;

/// <summary>RSA keys as PEM files (PKCS#8 or PKCS#1, unencrypted), with a key id derived from the key itself.</summary>
public static class PemKeys
{
    public static RsaSecurityKey Load(string path)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        catch (ArgumentException e)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"'{path}' holds no unencrypted RSA private key in PEM form: {e.Message}", e);
        }
        return WithKeyId(rsa);
    }

    /// <summary>Returns the key kept at <paramref name="path"/>, creating it first if there is none.</summary>
    public static RsaSecurityKey LoadOrCreate(string path)
    {
        if (!File.Exists(path))
            Create(path);
        return Load(path);
    }

    private static void Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var rsa = RSA.Create(2048);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, rsa.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            // Never overwrite: when two processes race, the first key written wins and both use it.
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }

    // The JWK thumbprint (RFC 7638): the same key gets the same kid in every process and after every restart.
    private static RsaSecurityKey WithKeyId(RSA rsa)
    {
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }
}
