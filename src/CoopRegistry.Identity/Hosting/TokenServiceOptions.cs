
namespace CoopRegistry.Identity.Hosting;

/// <summary>Where the token service listens and what it issues. Section "Identity" (the keys: <see cref="TokenKeyOptions"/>).</summary>
public sealed class TokenServiceOptions() : ListenSettings(Section)
{
    public const string Section = "Identity";

    /// <summary>Kestrel endpoint (HTTP/1.1 and HTTP/2).</summary>
    [Required, Url(ErrorMessage = "Identity:Url must be an absolute http:// URL such as http://127.0.0.1:5081")]
    public string Url { get; set; } = "http://127.0.0.1:5081";

    /// <summary>The `iss` of every token and of the discovery document; defaults to <see cref="Url"/>.</summary>
    [Url(ErrorMessage = "Identity:Issuer must be an absolute URL such as http://127.0.0.1:5081")]
    public string? Issuer { get; set; }

    /// <summary>Where the web console runs: its sign-in callback there is the console client's redirect URI (set by `migrate`).</summary>
    [Required, Url(ErrorMessage = "Identity:ConsoleUrl must be an absolute URL such as http://127.0.0.1:5083")]
    public string ConsoleUrl { get; set; } = "http://127.0.0.1:5083";

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Identity:AccessTokenLifetime must be between 00:01:00 and 1.00:00:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often expired, redeemed and revoked tokens (and authorizations left without a valid one) are deleted.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Identity:PruneInterval must be between 00:01:00 and 1.00:00:00")]
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a token row is kept before it may be pruned: as long as a refresh token lives (14
    /// days), so that a refresh token used a second time is still recognised and ends its sign-in.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "90.00:00:00", ErrorMessage = "Identity:TokenRetention must be between 01:00:00 and 90.00:00:00")]
    public TimeSpan TokenRetention { get; set; } = TimeSpan.FromDays(14);

    /// <summary>The development clients: synced by `migrate` in Development, refused everywhere else.</summary>
    [Required(ErrorMessage = "Identity:DevClientsPath is required")]
    public string DevClientsPath { get; set; } = "seeds/dev-clients.json";

    /// <summary>The development people: synced by `migrate` in Development with the clients, refused everywhere else.</summary>
    [Required(ErrorMessage = "Identity:DevPeoplePath is required")]
    public string DevPeoplePath { get; set; } = "seeds/dev-people.json";

    /// <summary>
    /// User names of the national operators: administrators whose reach is every province and who
    /// alone appoint auditors and administrators. Set here, never granted through the registry.
    /// </summary>
    public List<string> Operators { get; set; } = [];

    public Uri GetIssuerUri() => new(string.IsNullOrEmpty(Issuer) ? Url : Issuer);

    /// <summary>
    /// Url only. Cleartext serves HTTP/1.1, which every OAuth2 client and curl speak: HTTP/2 beside
    /// HTTP/1.1 on one endpoint needs TLS (ALPN), and without it Kestrel would only warn at each
    /// start and fall back to HTTP/1.1 anyway. Over https:// both are negotiated by ALPN.
    /// </summary>
    public override IEnumerable<ListenEndpoint> ListenEndpoints() =>
        [new(Setting(nameof(Url)), Url, HttpProtocols.Http1, HttpProtocols.Http1AndHttp2)];
}
