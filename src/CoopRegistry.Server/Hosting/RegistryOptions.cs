
namespace CoopRegistry.Server.Hosting;

/// <summary>Where the registry listens and where it finds its seeds. Section "Registry".</summary>
public sealed class RegistryOptions() : ListenSettings(Section)
{
    public const string Section = "Registry";

    /// <summary>gRPC endpoint: cleartext HTTP/2 (h2c prior knowledge).</summary>
    [Required, Url(ErrorMessage = "Registry:GrpcUrl must be an absolute http:// URL such as http://127.0.0.1:5080")]
    public string GrpcUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>HTTP/1.1 endpoint for JSON transcoding and /healthz; empty to turn it off.</summary>
    [Url(ErrorMessage = "Registry:HttpUrl must be an absolute http:// URL such as http://127.0.0.1:5082")]
    public string? HttpUrl { get; set; } = "http://127.0.0.1:5082";

    /// <summary>The token service whose published keys sign the access tokens (its issuer URL).</summary>
    [Required(ErrorMessage = "Registry:Authority is required: the token service URL, e.g. http://127.0.0.1:5081"), Url(ErrorMessage = "Registry:Authority must be an absolute URL")]
    public string Authority { get; set; } = "http://127.0.0.1:5081";

    /// <summary>The audience access tokens must name.</summary>
    [Required]
    public string Audience { get; set; } = "coopregistry";

    /// <summary>Folder of seed files loaded by `migrate`; relative paths are resolved from the working directory.</summary>
    [Required(ErrorMessage = "Registry:SeedsPath is required")]
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>How often the set of disabled clients is reloaded from identity.applications.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Registry:ClientStatusRefresh must be a TimeSpan between 00:00:01 and 01:00:00, e.g. 00:00:30")]
    public TimeSpan ClientStatusRefresh { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// gRPC on an HTTP/2-only endpoint (cleartext gRPC needs prior knowledge; over https:// it is
    /// HTTP/2 over TLS), JSON transcoding and /healthz on a separate HTTP/1.1 endpoint.
    /// </summary>
    public override IEnumerable<ListenEndpoint> ListenEndpoints()
    {
        yield return new(Setting(nameof(GrpcUrl)), GrpcUrl, HttpProtocols.Http2, HttpProtocols.Http2);
        if (!string.IsNullOrEmpty(HttpUrl))
            yield return new(Setting(nameof(HttpUrl)), HttpUrl, HttpProtocols.Http1, HttpProtocols.Http1);
    }
}
