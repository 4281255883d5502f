using System.Security.Cryptography;

namespace CoopRegistry.Identity.Tests.Fixtures;

/// <summary>RSA keys written as PEM files, the way an operator would configure them in production.</summary>
public static class PemFiles
{
    public static string NewRsaKey()
    {
        using var rsa = RSA.Create(2048);
        var path = Path.Combine(Directory.CreateTempSubdirectory("coop-identity-pem-").FullName, "key.pem");
        File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
        return path;
    }

    /// <summary>Settings for a non-Development start: both keys from files.</summary>
    public static Dictionary<string, string?> ProductionKeys() => new()
    {
        ["Identity:SigningKeyPath"] = NewRsaKey(),
        ["Identity:EncryptionKeyPath"] = NewRsaKey(),
    };
}
