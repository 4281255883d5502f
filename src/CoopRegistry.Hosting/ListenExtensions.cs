using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Hosting;

/// <summary>
/// A host's own settings, bound from their section and validated at start-up, and Kestrel listening
/// on their endpoints only; an https:// one serves the configured certificate through Kestrel's own
/// TLS. <see cref="ListenValidator{TOptions}"/> has checked the URLs against the TLS rules before this runs.
/// </summary>
public static class ListenExtensions
{
    /// <param name="section">The settings' section, e.g. "Registry".</param>
    /// <param name="host">The host as messages name it, e.g. "the registry".</param>
    public static OptionsBuilder<TOptions> AddListenSettings<TOptions>(this WebApplicationBuilder builder, string section, string host)
        where TOptions : ListenSettings
    {
        var settings = builder.Services.AddValidatedOptions<TOptions>(section);
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(services =>
            new ListenValidator<TOptions>(services.GetRequiredService<IHostEnvironment>(), host));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var options = kestrel.ApplicationServices.GetRequiredService<IOptions<TOptions>>().Value;
            var endpoints = options.ListenEndpoints().ToList();
            var certificate = options.Certificate.IsConfigured && endpoints.Any(IsHttps) ? options.Certificate.Load() : null;
            foreach (var endpoint in endpoints)
                Listen(kestrel, endpoint, certificate, options.CertificateSetting());
        });
        return settings;
    }

    private static bool IsHttps(ListenEndpoint endpoint) => new Uri(endpoint.Url).Scheme == Uri.UriSchemeHttps;

    private static void Listen(KestrelServerOptions kestrel, ListenEndpoint endpoint, X509Certificate2? certificate, string certificateSetting)
    {
        var uri = new Uri(endpoint.Url);
        var https = IsHttps(endpoint);
        if (https && certificate is null)
            throw new InvalidOperationException($"{endpoint.Setting} '{endpoint.Url}' is https:// but no certificate is configured: set {certificateSetting}:Path");
        void Configure(ListenOptions listen)
        {
            listen.Protocols = https ? endpoint.OverTls : endpoint.Cleartext;
            if (https)
                listen.UseHttps(certificate!);
        }
        if (uri.IsLoopback && uri.Host == "localhost")
            kestrel.ListenLocalhost(uri.Port, Configure);
        else
            kestrel.Listen(IPAddress.Parse(uri.Host), uri.Port, Configure);
    }
}
