using CoopRegistry.Hosting;
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
        string?[] problems =
        [
            KeyFileSetting.Problem("Identity:SigningKeyPath", options.SigningKeyPath, required: true, "RSA private key that signs access tokens"),
            KeyFileSetting.Problem("Identity:EncryptionKeyPath", options.EncryptionKeyPath, required: true, "RSA private key that encrypts OpenIddict's internal tokens"),
        ];
        var failures = problems.OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
