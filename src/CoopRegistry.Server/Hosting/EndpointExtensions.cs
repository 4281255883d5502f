using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Server.Hosting;

/// <summary>
/// Kestrel endpoints from <see cref="RegistryOptions"/>: gRPC on an HTTP/2-only endpoint (cleartext
/// gRPC needs prior knowledge; over https:// it is HTTP/2 over TLS), JSON transcoding and /healthz
/// on a separate HTTP/1.1 endpoint. An https:// URL serves Registry:Certificate through Kestrel's own
/// TLS; <see cref="ListenValidator"/> has checked the URLs against the TLS rules before this runs.
/// </summary>
public static class EndpointExtensions
{
    public static void AddRegistryEndpoints(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IValidateOptions<RegistryOptions>, ListenValidator>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var options = kestrel.ApplicationServices.GetRequiredService<IOptions<RegistryOptions>>().Value;
            var certificate = options.Certificate.IsConfigured ? options.Certificate.Load() : null;
            Listen(kestrel, options.GrpcUrl, HttpProtocols.Http2, certificate);
            if (!string.IsNullOrEmpty(options.HttpUrl))
                Listen(kestrel, options.HttpUrl, HttpProtocols.Http1, certificate);
        });
    }

    private static void Listen(KestrelServerOptions kestrel, string url, HttpProtocols protocols, X509Certificate2? certificate)
    {
        var uri = new Uri(url);
        var https = uri.Scheme == Uri.UriSchemeHttps;
        if (https && certificate is null)
            throw new InvalidOperationException($"'{url}' is https:// but no certificate is configured: set Registry:Certificate:Path");
        void Configure(ListenOptions listen)
        {
            listen.Protocols = protocols;
            if (https)
                listen.UseHttps(certificate!);
        }
        if (uri.IsLoopback && uri.Host == "localhost")
            kestrel.ListenLocalhost(uri.Port, Configure);
        else
            kestrel.Listen(IPAddress.Parse(uri.Host), uri.Port, Configure);
    }
}
