using System.Security.Cryptography.X509Certificates;

namespace CoopRegistry.Hosting;

/// <summary>
/// The TLS certificate of a host's https:// endpoints (section "{Host}:Certificate"): a PEM
/// certificate (Path) with its PEM key (KeyPath, or in the same file), or a PFX/PKCS#12 file (Path
/// ending in .pfx or .p12) with its Password. Password also decrypts an encrypted PEM key.
/// </summary>
public sealed class CertificateOptions
{
    public string? Path { get; set; }

    public string? KeyPath { get; set; }

    public string? Password { get; set; }

    public bool IsConfigured => !string.IsNullOrEmpty(Path);

    /// <summary>Loads the certificate with its private key, the way Kestrel's own configuration does.</summary>
    public X509Certificate2 Load()
    {
        var path = Path ?? throw new InvalidOperationException("no certificate configured");
        var extension = System.IO.Path.GetExtension(path);
        if (extension.Equals(".pfx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".p12", StringComparison.OrdinalIgnoreCase))
            return X509CertificateLoader.LoadPkcs12FromFile(path, Password);
        return string.IsNullOrEmpty(Password)
            ? X509Certificate2.CreateFromPemFile(path, string.IsNullOrEmpty(KeyPath) ? null : KeyPath)
            : X509Certificate2.CreateFromEncryptedPemFile(path, Password, string.IsNullOrEmpty(KeyPath) ? null : KeyPath);
    }
}
