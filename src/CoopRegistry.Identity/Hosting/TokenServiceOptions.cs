using System.ComponentModel.DataAnnotations;
using CoopRegistry.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CoopRegistry.Identity.Hosting;

/// <summary>Where the token service listens and what it issues. Section "Identity" (the keys: <see cref="TokenKeyOptions"/>).</summary>
public sealed class TokenServiceOptions : IListenSettings
{
    public const string Section = "Identity";

    /// <summary>Kestrel endpoint (HTTP/1.1 and HTTP/2).</summary>
    [Required, Url(ErrorMessage = "Identity:Url must be an absolute http:// URL such as http://127.0.0.1:5081")]
    public string Url { get; set; } = "http://127.0.0.1:5081";

    /// <summary>The `iss` of every token and of the discovery document; defaults to <see cref="Url"/>.</summary>
    [Url(ErrorMessage = "Identity:Issuer must be an absolute URL such as http://127.0.0.1:5081")]
    public string? Issuer { get; set; }

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Identity:AccessTokenLifetime must be between 00:01:00 and 1.00:00:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The development clients: synced by `migrate` in Development, refused everywhere else.</summary>
    [Required(ErrorMessage = "Identity:DevClientsPath is required")]
    public string DevClientsPath { get; set; } = "seeds/dev-clients.json";

    /// <summary>The TLS certificate for an https:// <see cref="Url"/> (section "Identity:Certificate").</summary>
    public CertificateOptions Certificate { get; set; } = new();

    public Uri GetIssuerUri() => new(string.IsNullOrEmpty(Issuer) ? Url : Issuer);

    /// <summary>
    /// Url only. Cleartext serves HTTP/1.1, which every OAuth2 client and curl speak: HTTP/2 beside
    /// HTTP/1.1 on one endpoint needs TLS (ALPN), and without it Kestrel would only warn at each
    /// start and fall back to HTTP/1.1 anyway. Over https:// both are negotiated by ALPN.
    /// </summary>
    public IEnumerable<ListenEndpoint> ListenEndpoints() =>
        [new($"{Section}:{nameof(Url)}", Url, HttpProtocols.Http1, HttpProtocols.Http1AndHttp2)];

    public string CertificateSetting() => $"{Section}:{nameof(Certificate)}";
}
