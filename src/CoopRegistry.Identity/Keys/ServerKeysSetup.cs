using Microsoft.IdentityModel.Tokens;

namespace CoopRegistry.Identity.Keys;

/// <summary>
/// Gives OpenIddict its signing and encryption keys: PEM files from configuration in production,
/// keys generated once into Identity:DataFolder in Development. Runs when OpenIddict's options are
/// first needed, so test settings and start-up validation come first.
/// </summary>
internal sealed class ServerKeysSetup(IOptions<TokenKeyOptions> settings, IHostEnvironment environment)
    : IConfigureOptions<OpenIddictServerOptions>
{
    public const string SigningKeyFile = "signing-key.pem";
    public const string EncryptionKeyFile = "encryption-key.pem";

    public void Configure(OpenIddictServerOptions options)
    {
        var (signing, encryption) = LoadKeys(settings.Value);
        if (signing is not null)
            options.SigningCredentials.Add(new SigningCredentials(signing, SecurityAlgorithms.RsaSha256));
        if (encryption is not null)
            options.EncryptionCredentials.Add(new EncryptingCredentials(encryption, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private (RsaSecurityKey? Signing, RsaSecurityKey? Encryption) LoadKeys(TokenKeyOptions options)
    {
        // Configured files win everywhere; outside Development they are required (KeyPathsValidator).
        var signing = Configured(options.SigningKeyPath);
        var encryption = Configured(options.EncryptionKeyPath);
        if (environment.IsDevelopment())
        {
            signing ??= PemKeys.LoadOrCreate(Path.Combine(options.DataFolder, SigningKeyFile));
            encryption ??= PemKeys.LoadOrCreate(Path.Combine(options.DataFolder, EncryptionKeyFile));
        }
        return (signing, encryption);
    }

    private static RsaSecurityKey? Configured(string? path) =>
        string.IsNullOrWhiteSpace(path) || !File.Exists(path) ? null : PemKeys.Load(path);
}
