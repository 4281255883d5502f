using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Server.Hosting;

/// <summary>
/// Kestrel endpoints from <see cref="RegistryOptions"/>: gRPC on an HTTP/2-only endpoint (cleartext
/// gRPC needs prior knowledge), JSON transcoding and /healthz on a separate HTTP/1.1 endpoint.
/// </summary>
public static class EndpointExtensions
{
    public static void AddRegistryEndpoints(this WebApplicationBuilder builder) =>
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var options = kestrel.ApplicationServices.GetRequiredService<IOptions<RegistryOptions>>().Value;
            Listen(kestrel, options.GrpcUrl, HttpProtocols.Http2);
            if (!string.IsNullOrEmpty(options.HttpUrl))
                Listen(kestrel, options.HttpUrl, HttpProtocols.Http1);
        });

    private static void Listen(KestrelServerOptions kestrel, string url, HttpProtocols protocols)
    {
        var uri = new Uri(url);
        if (uri.Scheme != Uri.UriSchemeHttp)
            throw new InvalidOperationException($"'{url}': only http:// endpoints are supported until TLS is configured");
        if (uri.IsLoopback && uri.Host == "localhost")
            kestrel.ListenLocalhost(uri.Port, listen => listen.Protocols = protocols);
        else
            kestrel.Listen(IPAddress.Parse(uri.Host), uri.Port, listen => listen.Protocols = protocols);
    }
}
