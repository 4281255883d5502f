using System.Net;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Server.Hosting;

/// <summary>
/// Checks Registry:GrpcUrl and Registry:HttpUrl against the TLS rules before anything listens:
/// https:// needs Registry:Certificate:Path (an existing file); outside Development cleartext
/// http:// is allowed on loopback only, so nothing leaves the machine unencrypted.
/// </summary>
public sealed class ListenValidator(IHostEnvironment environment) : IValidateOptions<RegistryOptions>
{
    public ValidateOptionsResult Validate(string? name, RegistryOptions options)
    {
        var errors = new List<string>();
        Check($"{RegistryOptions.Section}:{nameof(RegistryOptions.GrpcUrl)}", options.GrpcUrl, options, errors);
        if (!string.IsNullOrEmpty(options.HttpUrl))
            Check($"{RegistryOptions.Section}:{nameof(RegistryOptions.HttpUrl)}", options.HttpUrl, options, errors);
        var certificate = options.Certificate;
        if (certificate.IsConfigured && !File.Exists(certificate.Path))
            errors.Add($"Registry:Certificate:Path: '{certificate.Path}' does not exist");
        if (!string.IsNullOrEmpty(certificate.KeyPath) && !File.Exists(certificate.KeyPath))
            errors.Add($"Registry:Certificate:KeyPath: '{certificate.KeyPath}' does not exist");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private void Check(string setting, string url, RegistryOptions options, List<string> errors)
    {
        // A malformed URL is the [Url] attribute's error already.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return;
        if (uri.Host != "localhost" && !IPAddress.TryParse(uri.Host, out _))
            errors.Add($"{setting} '{url}': the host must be an IP address (0.0.0.0 for all) or localhost");
        if (uri.Scheme == Uri.UriSchemeHttps)
        {
            if (!options.Certificate.IsConfigured)
                errors.Add($"{setting} '{url}' is https:// but no certificate is configured: set Registry:Certificate:Path (and Registry:Certificate:KeyPath, or Registry:Certificate:Password for a .pfx)");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp)
        {
            if (!environment.IsDevelopment() && !uri.IsLoopback)
                errors.Add($"{setting} '{url}' is cleartext http:// on a non-loopback address: outside Development the registry listens unencrypted only on loopback (127.0.0.1, [::1], localhost); use https:// with Registry:Certificate:Path");
        }
        else
            errors.Add($"{setting} '{url}' must be an http:// or https:// URL");
    }
}
