using Microsoft.Extensions.Options;

namespace CoopRegistry.Identity.Hosting;

/// <summary>
/// Outside Development the keys come from configuration: generated keys would differ per machine
/// and a restart elsewhere would invalidate every token.
/// </summary>
internal sealed class KeyPathsValidator(IHostEnvironment environment) : IValidateOptions<TokenKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, TokenKeyOptions options)
    {
        if (environment.IsDevelopment())
            return ValidateOptionsResult.Success;
        var failures = new List<string>();
        Require(failures, "SigningKeyPath", options.SigningKeyPath, "signs access tokens");
        Require(failures, "EncryptionKeyPath", options.EncryptionKeyPath, "encrypts OpenIddict's internal tokens");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string setting, string? path, string purpose)
    {
        if (string.IsNullOrWhiteSpace(path))
            failures.Add($"Identity:{setting} is required outside Development: a PEM file with the RSA private key that {purpose}");
        else if (!File.Exists(path))
            failures.Add($"Identity:{setting}: '{path}' does not exist");
    }
}
