using System.Net;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Hosting;

/// <summary>
/// Checks a host's URLs against the TLS rules before anything listens: https:// needs a certificate
/// (an existing file); outside Development cleartext http:// is allowed on loopback only, so no
/// secret or token leaves the machine unencrypted.
/// </summary>
/// <param name="host">The host as messages name it, e.g. "the registry".</param>
public sealed class ListenValidator<TOptions>(IHostEnvironment environment, string host) : IValidateOptions<TOptions>
    where TOptions : ListenSettings
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var errors = new List<string>();
        var certificate = options.Certificate;
        var setting = options.CertificateSetting();
        foreach (var endpoint in options.ListenEndpoints())
            Check(endpoint, certificate.IsConfigured, setting, errors);
        if (certificate.IsConfigured && !File.Exists(certificate.Path))
            errors.Add($"{setting}:Path: '{certificate.Path}' does not exist");
        if (!string.IsNullOrEmpty(certificate.KeyPath) && !File.Exists(certificate.KeyPath))
            errors.Add($"{setting}:KeyPath: '{certificate.KeyPath}' does not exist");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private void Check(ListenEndpoint endpoint, bool hasCertificate, string certificateSetting, List<string> errors)
    {
        var (setting, url) = (endpoint.Setting, endpoint.Url);
        // A malformed URL is the [Url] attribute's error already.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return;
        if (uri.Host != "localhost" && !IPAddress.TryParse(uri.Host, out _))
            errors.Add($"{setting} '{url}': the host must be an IP address (0.0.0.0 for all) or localhost");
        if (uri.Scheme == Uri.UriSchemeHttps)
        {
            if (!hasCertificate)
                errors.Add($"{setting} '{url}' is https:// but no certificate is configured: set {certificateSetting}:Path (and {certificateSetting}:KeyPath, or {certificateSetting}:Password for a .pfx)");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp)
        {
            if (!environment.IsDevelopment() && !uri.IsLoopback)
                errors.Add($"{setting} '{url}' is cleartext http:// on a non-loopback address: outside Development {host} listens unencrypted only on loopback (127.0.0.1, [::1], localhost); use https:// with {certificateSetting}:Path");
        }
        else
            errors.Add($"{setting} '{url}' must be an http:// or https:// URL");
    }
}
