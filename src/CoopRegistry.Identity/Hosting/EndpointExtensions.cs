using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Identity.Hosting;

/// <summary>
/// Kestrel listens on Identity:Url only. Cleartext serves HTTP/1.1, which every OAuth2 client and
/// curl speak: HTTP/2 beside HTTP/1.1 on one endpoint needs TLS (ALPN), and without it Kestrel
/// would only warn at each start and fall back to HTTP/1.1 anyway.
/// </summary>
public static class EndpointExtensions
{
    public static void AddTokenServiceEndpoints(this WebApplicationBuilder builder) =>
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var uri = new Uri(kestrel.ApplicationServices.GetRequiredService<IOptions<TokenServiceOptions>>().Value.Url);
            if (uri.Scheme != Uri.UriSchemeHttp)
                throw new InvalidOperationException($"Identity:Url '{uri}': only http:// endpoints are supported until TLS is configured");
            if (uri.IsLoopback && uri.Host == "localhost")
                kestrel.ListenLocalhost(uri.Port, listen => listen.Protocols = HttpProtocols.Http1);
            else
                kestrel.Listen(IPAddress.Parse(uri.Host), uri.Port, listen => listen.Protocols = HttpProtocols.Http1);
        });
}
