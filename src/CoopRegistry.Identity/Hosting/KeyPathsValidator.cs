namespace CoopRegistry.Identity.Hosting;

/// <summary>
/// Outside Development the keys come from configuration: generated keys would differ per machine
/// and a restart elsewhere would invalidate every token.
/// </summary>
internal sealed class KeyPathsValidator(IHostEnvironment environment) : OutsideDevelopmentValidator<TokenKeyOptions>(environment)
{
    protected override IEnumerable<string?> Problems(TokenKeyOptions options) =>
    [
        KeyFileSetting.Problem("Identity:SigningKeyPath", options.SigningKeyPath, required: true, "RSA private key that signs access tokens"),
        KeyFileSetting.Problem("Identity:EncryptionKeyPath", options.EncryptionKeyPath, required: true, "RSA private key that encrypts OpenIddict's internal tokens"),
    ];
}
