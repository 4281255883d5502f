using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Identity.Hosting;

/// <summary>
/// Kestrel listens on Identity:Url only. Cleartext serves HTTP/1.1, which every OAuth2 client and
/// curl speak: HTTP/2 beside HTTP/1.1 on one endpoint needs TLS (ALPN), and without it Kestrel
/// would only warn at each start and fall back to HTTP/1.1 anyway. An https:// URL serves
/// Identity:Certificate through Kestrel's own TLS, with HTTP/1.1 and HTTP/2 negotiated by ALPN;
/// <see cref="ListenValidator"/> has checked the URL against the TLS rules before this runs.
/// </summary>
public static class EndpointExtensions
{
    public static void AddTokenServiceEndpoints(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IValidateOptions<TokenServiceOptions>, ListenValidator>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var options = kestrel.ApplicationServices.GetRequiredService<IOptions<TokenServiceOptions>>().Value;
            var uri = new Uri(options.Url);
            var https = uri.Scheme == Uri.UriSchemeHttps;
            if (https && !options.Certificate.IsConfigured)
                throw new InvalidOperationException($"Identity:Url '{uri}' is https:// but no certificate is configured: set Identity:Certificate:Path");
            var certificate = https ? options.Certificate.Load() : null;
            void Configure(ListenOptions listen)
            {
                if (certificate is null)
                    listen.Protocols = HttpProtocols.Http1;
                else
                {
                    listen.Protocols = HttpProtocols.Http1AndHttp2;
                    listen.UseHttps(certificate);
                }
            }
            if (uri.IsLoopback && uri.Host == "localhost")
                kestrel.ListenLocalhost(uri.Port, Configure);
            else
                kestrel.Listen(IPAddress.Parse(uri.Host), uri.Port, Configure);
        });
    }
}
