using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CoopRegistry.Hosting;

/// <summary>One URL a host listens on, named by its setting (e.g. Registry:GrpcUrl), with the HTTP versions it serves.</summary>
/// <param name="Cleartext">The protocols over http://.</param>
/// <param name="OverTls">The protocols over https:// (HTTP/2 beside HTTP/1.1 needs TLS, for ALPN).</param>
public sealed record ListenEndpoint(string Setting, string Url, HttpProtocols Cleartext, HttpProtocols OverTls);

/// <summary>A host's options that say where it listens: its endpoints and the certificate of the https:// ones.</summary>
public interface IListenSettings
{
    /// <summary>The endpoints turned on.</summary>
    IEnumerable<ListenEndpoint> ListenEndpoints();

    CertificateOptions Certificate { get; }

    /// <summary>Where <see cref="Certificate"/> is configured, e.g. Registry:Certificate, for messages.</summary>
    string CertificateSetting();
}
