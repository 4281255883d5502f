using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CoopRegistry.Hosting;

/// <summary>One URL a host listens on, named by its setting (e.g. Registry:GrpcUrl), with the HTTP versions it serves.</summary>
/// <param name="Cleartext">The protocols over http://.</param>
/// <param name="OverTls">The protocols over https:// (HTTP/2 beside HTTP/1.1 needs TLS, for ALPN).</param>
public sealed record ListenEndpoint(string Setting, string Url, HttpProtocols Cleartext, HttpProtocols OverTls);

/// <summary>
/// A host's options that say where it listens: its endpoints and the certificate of the https://
/// ones, under the options' section (e.g. "Registry"), which names them in messages.
/// </summary>
public abstract class ListenSettings(string section)
{
    /// <summary>The TLS certificate of the https:// endpoints (section "{section}:Certificate").</summary>
    public CertificateOptions Certificate { get; set; } = new();

    /// <summary>The endpoints turned on.</summary>
    public abstract IEnumerable<ListenEndpoint> ListenEndpoints();

    /// <summary>Where <see cref="Certificate"/> is configured, e.g. Registry:Certificate, for messages.</summary>
    public string CertificateSetting() => Setting(nameof(Certificate));

    /// <summary>A setting of this section as configuration names it, e.g. Registry:GrpcUrl.</summary>
    protected string Setting(string name) => $"{section}:{name}";
}
