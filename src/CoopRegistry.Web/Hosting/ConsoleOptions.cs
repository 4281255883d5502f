
namespace CoopRegistry.Web.Hosting;

/// <summary>Where the console listens, and the token service and registry it works through. Section "Console".</summary>
public sealed class ConsoleOptions() : ListenSettings(Section)
{
    public const string Section = "Console";

    /// <summary>Kestrel endpoint; the token service's console client must list {Url}/signin-oidc.</summary>
    [Required, Url(ErrorMessage = "Console:Url must be an absolute URL such as http://127.0.0.1:5083")]
    public string Url { get; set; } = "http://127.0.0.1:5083";

    /// <summary>The token service (OpenID Connect issuer) people sign in with.</summary>
    [Required, Url(ErrorMessage = "Console:Authority must be an absolute URL such as http://127.0.0.1:5081")]
    public string Authority { get; set; } = "http://127.0.0.1:5081";

    /// <summary>The registry's gRPC address.</summary>
    [Required, Url(ErrorMessage = "Console:RegistryUrl must be an absolute URL such as http://127.0.0.1:5080")]
    public string RegistryUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The public client people sign in through (authorization code with PKCE, no secret).</summary>
    [Required(ErrorMessage = "Console:ClientId is required")]
    public string ClientId { get; set; } = "coop-console";

    /// <summary>
    /// Where the Data Protection keys sealing session cookies and kept refresh tokens live, so a
    /// restart keeps people signed in. Required outside Development, and must exist there.
    /// </summary>
    public string? DataFolder { get; set; }

    /// <summary>Blazor's circuit is a WebSocket over HTTP/1.1; HTTP/2 only where TLS lets it be negotiated.</summary>
    public override IEnumerable<ListenEndpoint> ListenEndpoints() =>
        [new(Setting(nameof(Url)), Url, HttpProtocols.Http1, HttpProtocols.Http1AndHttp2)];
}
