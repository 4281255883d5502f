using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace CoopRegistry.Identity.Tests;

/// <summary>
/// TLS on the real Kestrel endpoint (TestServer would ignore it): with a certificate the token
/// service serves https://; https:// without a certificate and, outside Development, cleartext on
/// a non-loopback address stop start-up naming the setting.
/// </summary>
public sealed class TlsTests : IDisposable
{
    private const string AnyDatabase = "Host=127.0.0.1;Port=1;Database=unused;Timeout=2";

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coop-identity-tls-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task With_a_certificate_discovery_is_served_over_https()
    {
        var (certificate, certPath, keyPath) = SelfSigned();
        var url = $"https://127.0.0.1:{FreePort()}";
        using var factory = new IdentityFactory(AnyDatabase, settings: new Dictionary<string, string?>
        {
            ["Identity:Url"] = url,
            ["Identity:Certificate:Path"] = certPath,
            ["Identity:Certificate:KeyPath"] = keyPath,
        });
        factory.UseKestrel();
        factory.StartServer();

        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) =>
            presented is not null && presented.GetCertHashString() == certificate.GetCertHashString();
        using var http = new HttpClient(handler) { DefaultRequestVersion = HttpVersion.Version20 };
        using var response = await http.GetAsync($"{url}/.well-known/openid-configuration");
        response.EnsureSuccessStatusCode();
        Assert.Equal(HttpVersion.Version20, response.Version);
        var discovery = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"{url}/", discovery.GetProperty("issuer").GetString());
        Assert.StartsWith("https://", discovery.GetProperty("token_endpoint").GetString());
    }

    [Fact]
    public void Outside_development_cleartext_on_a_non_loopback_address_stops_start_up()
    {
        var settings = PemFiles.ProductionKeys();
        settings["Identity:Url"] = $"http://0.0.0.0:{FreePort()}";
        var error = RefusedStart.Of("Production", settings);
        Assert.Contains("Identity:Url", error.Message);
        Assert.Contains("cleartext http:// on a non-loopback address", error.Message);
    }

    [Fact]
    public void Https_without_a_certificate_stops_start_up_naming_the_setting()
    {
        var error = RefusedStart.Of("Development", new Dictionary<string, string?> { ["Identity:Url"] = $"https://127.0.0.1:{FreePort()}" });
        Assert.Contains("Identity:Url", error.Message);
        Assert.Contains("Identity:Certificate:Path", error.Message);
    }

    /// <summary>A self-signed certificate for 127.0.0.1 and localhost, written as PEM certificate and key files.</summary>
    private (X509Certificate2 Certificate, string CertPath, string KeyPath) SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var certPath = Path.Combine(folder.FullName, "identity.pem");
        var keyPath = Path.Combine(folder.FullName, "identity.key");
        File.WriteAllText(certPath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return (certificate, certPath, keyPath);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
