using System.Net;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Identity.Hosting;

/// <summary>
/// Checks Identity:Url against the TLS rules before anything listens: https:// needs
/// Identity:Certificate:Path (an existing file); outside Development cleartext http:// is allowed
/// on loopback only, so no client secret or token leaves the machine unencrypted.
/// </summary>
public sealed class ListenValidator(IHostEnvironment environment) : IValidateOptions<TokenServiceOptions>
{
    private const string Setting = "Identity:Url";

    public ValidateOptionsResult Validate(string? name, TokenServiceOptions options)
    {
        var errors = new List<string>();
        var certificate = options.Certificate;
        // A malformed URL is the [Url] attribute's error already.
        if (Uri.TryCreate(options.Url, UriKind.Absolute, out var uri))
        {
            if (uri.Host != "localhost" && !IPAddress.TryParse(uri.Host, out _))
                errors.Add($"{Setting} '{options.Url}': the host must be an IP address (0.0.0.0 for all) or localhost");
            if (uri.Scheme == Uri.UriSchemeHttps)
            {
                if (!certificate.IsConfigured)
                    errors.Add($"{Setting} '{options.Url}' is https:// but no certificate is configured: set Identity:Certificate:Path (and Identity:Certificate:KeyPath, or Identity:Certificate:Password for a .pfx)");
            }
            else if (uri.Scheme == Uri.UriSchemeHttp)
            {
                if (!environment.IsDevelopment() && !uri.IsLoopback)
                    errors.Add($"{Setting} '{options.Url}' is cleartext http:// on a non-loopback address: outside Development the token service listens unencrypted only on loopback (127.0.0.1, [::1], localhost); use https:// with Identity:Certificate:Path");
            }
            else
                errors.Add($"{Setting} '{options.Url}' must be an http:// or https:// URL");
        }
        if (certificate.IsConfigured && !File.Exists(certificate.Path))
            errors.Add($"Identity:Certificate:Path: '{certificate.Path}' does not exist");
        if (!string.IsNullOrEmpty(certificate.KeyPath) && !File.Exists(certificate.KeyPath))
            errors.Add($"Identity:Certificate:KeyPath: '{certificate.KeyPath}' does not exist");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
