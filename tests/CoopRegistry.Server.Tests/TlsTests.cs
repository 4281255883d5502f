using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CoopRegistry.Hosting;
using CoopRegistry.Server.Hosting;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoopRegistry.Server.Tests;

/// <summary>
/// TLS on real Kestrel endpoints (TestServer would ignore them): with a certificate the registry
/// serves gRPC as HTTP/2 over TLS; https:// without a certificate and, outside Development,
/// cleartext on a non-loopback address stop start-up naming the setting.
/// </summary>
public sealed class TlsTests : IDisposable
{
    private readonly DirectoryInfo folder = System.IO.Directory.CreateTempSubdirectory("coop-registry-tls-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task With_a_certificate_grpc_is_served_as_http2_over_tls()
    {
        var (certificate, certPath, keyPath) = SelfSigned();
        var grpcPort = FreePort();
        var httpPort = FreePort();
        using var factory = new KestrelRegistry("Development", new()
        {
            ["Registry:GrpcUrl"] = $"https://127.0.0.1:{grpcPort}",
            ["Registry:HttpUrl"] = $"https://127.0.0.1:{httpPort}",
            ["Registry:Certificate:Path"] = certPath,
            ["Registry:Certificate:KeyPath"] = keyPath,
        });
        factory.UseKestrel();
        factory.StartServer();

        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, errors) =>
            presented is not null && presented.GetCertHashString() == certificate.GetCertHashString()
            && (errors & SslPolicyErrors.RemoteCertificateNameMismatch) == 0;
        using var channel = GrpcChannel.ForAddress($"https://127.0.0.1:{grpcPort}", new GrpcChannelOptions { HttpHandler = handler });
        // The database is unreachable here, so health answers NOT_SERVING: the point is the answer over TLS.
        var response = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
        Assert.True(Enum.IsDefined(response.Status));

        // The HTTP/1.1 endpoint is https too, with the same certificate.
        using var http = new HttpClient(new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = handler.SslOptions.RemoteCertificateValidationCallback } });
        using var healthz = await http.GetAsync($"https://127.0.0.1:{httpPort}/healthz");
        Assert.Equal(new Version(1, 1), healthz.Version);

        // Cleartext on the TLS port gets no gRPC answer.
        using var cleartext = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
        await Assert.ThrowsAnyAsync<Exception>(async () => await new Health.HealthClient(cleartext).CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(5)));
    }

    [Fact]
    public void Outside_development_cleartext_on_a_non_loopback_address_stops_start_up()
    {
        var error = RefusedStart.Of("Production", new Dictionary<string, string?>
        {
            ["Registry:GrpcUrl"] = $"http://0.0.0.0:{FreePort()}",
            ["Audit:SigningKeyPath"] = AuditKeyFile.Path,
        });
        Assert.Contains("Registry:GrpcUrl", error.Message);
        Assert.Contains("cleartext http:// on a non-loopback address", error.Message);
    }

    [Fact]
    public void Outside_development_cleartext_on_loopback_is_allowed()
    {
        using var factory = new KestrelRegistry("Production", new()
        {
            ["Registry:GrpcUrl"] = $"http://127.0.0.1:{FreePort()}",
            ["Registry:HttpUrl"] = $"http://127.0.0.1:{FreePort()}",
        });
        factory.UseKestrel();
        factory.StartServer();
    }

    [Fact]
    public void In_development_cleartext_on_any_address_is_allowed() =>
        Assert.Empty(Validate("Development", new RegistryOptions { GrpcUrl = "http://0.0.0.0:5080", HttpUrl = "http://0.0.0.0:5082" }));

    [Fact]
    public void Https_without_a_certificate_stops_start_up_naming_the_setting()
    {
        var error = RefusedStart.Of("Development", new Dictionary<string, string?> { ["Registry:GrpcUrl"] = $"https://127.0.0.1:{FreePort()}" });
        Assert.Contains("Registry:GrpcUrl", error.Message);
        Assert.Contains("Registry:Certificate:Path", error.Message);
    }

    [Fact]
    public void A_certificate_file_that_does_not_exist_is_named()
    {
        var errors = Validate("Production", new RegistryOptions
        {
            GrpcUrl = "https://0.0.0.0:5080",
            HttpUrl = "",
            Certificate = { Path = "/nowhere/registry.pem", KeyPath = "/nowhere/registry.key" },
        });
        Assert.Contains("Registry:Certificate:Path: '/nowhere/registry.pem' does not exist", errors);
        Assert.Contains("Registry:Certificate:KeyPath: '/nowhere/registry.key' does not exist", errors);
    }

    private static IEnumerable<string> Validate(string environment, RegistryOptions options) =>
        new ListenValidator<RegistryOptions>(new Environment(environment), "the registry").Validate(null, options).Failures ?? [];

    private sealed class Environment(string name) : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "CoopRegistry.Server";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
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
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var certPath = Path.Combine(folder.FullName, "registry.pem");
        var keyPath = Path.Combine(folder.FullName, "registry.key");
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

    /// <summary>The registry on real Kestrel endpoints from its own settings; the database is never reached.</summary>
    private sealed class KestrelRegistry(string environment, Dictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("ConnectionStrings:Registry", "Host=127.0.0.1;Port=1;Database=unused;Timeout=2");
            builder.UseSetting("Registry:Authority", "https://127.0.0.1:1");
            // Outside Development the registry needs its own checkpoint key.
            builder.UseSetting("Audit:SigningKeyPath", AuditKeyFile.Path);
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
        }
    }
}
