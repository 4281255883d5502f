using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Server.Tests.Fixtures;

/// <summary>
/// The real registry, in process, on the given database; extra settings override appsettings.
/// Tests may replace services (a settable clock). Tokens are validated as in production, only against <see cref="TestTokens"/>' key instead of
/// keys fetched from a token service.
/// </summary>
public sealed class RegistryFactory(
    string connectionString, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Registry", connectionString);
        // Only the sweep at start: tests that leave an entry unchained say when it is chained.
        builder.UseSetting("Audit:LeftoverSweepInterval", "1.00:00:00");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(collection =>
        {
            collection.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
            {
                jwt.Authority = null;
                jwt.TokenValidationParameters.ValidIssuer = TestTokens.Issuer;
                jwt.TokenValidationParameters.IssuerSigningKey = TestTokens.Key;
            });
            // Extra services replace the registry's own (e.g. a fixed clock).
            services?.Invoke(collection);
        });
    }
}
