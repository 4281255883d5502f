using CoopRegistry.Identity.Clients;
using CoopRegistry.Identity.Data;
using CoopRegistry.Identity.Keys;
using CoopRegistry.Identity.Tokens;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;

namespace CoopRegistry.Identity.Hosting;

/// <summary>
/// OpenIddict as an OAuth2 server for the client-credentials grant only: discovery, JWKS and the
/// token endpoint; access tokens are signed JWTs the registry validates with the published keys.
/// </summary>
public static class TokenServerExtensions
{
    public const string TokenPath = "connect/token";
    public const string DiscoveryPath = ".well-known/openid-configuration";
    public const string KeysPath = ".well-known/jwks";

    public static void AddTokenServer(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(TokenPath)
                    .SetConfigurationEndpointUris(DiscoveryPath)
                    .SetJsonWebKeySetEndpointUris(KeysPath);
                server.AllowClientCredentialsFlow();
                server.RegisterScopes([.. RegistryScopes.All]);
                // The registry reads the claims itself: a JWE would need it to hold our decryption key.
                server.DisableAccessTokenEncryption();
                // Tokens are checked locally by the registry and never revoked one by one, so a row per
                // token would only grow the table; a disabled client is refused its next token instead.
                server.DisableTokenStorage();
                server.AddEventHandler(RejectDisabledClients.Descriptor);
                server.AddEventHandler(RejectScopesNotPermitted.Descriptor);
                foreach (var throttle in ThrottleFailedClients.Descriptors)
                    server.AddEventHandler(throttle);
                server.UseAspNetCore().EnableTokenEndpointPassthrough();
            });
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, ServerKeysSetup>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FailedClientAuthentications>();
        builder.Services.AddOptions<OpenIddictServerOptions>().Configure<IOptions<TokenServiceOptions>>((server, settings) =>
        {
            server.Issuer = settings.Value.GetIssuerUri();
            server.AccessTokenLifetime = settings.Value.AccessTokenLifetime;
        });
        // Plain HTTP only where nothing real is at stake.
        builder.Services.AddOptions<OpenIddictServerAspNetCoreOptions>().Configure<IHostEnvironment>((aspNetCore, environment) =>
            aspNetCore.DisableTransportSecurityRequirement = environment.IsDevelopment());
        builder.Services.AddHostedService<DevSecretGuard>();
        // The start-up guard tries every development secret on every client, and the manager logs each
        // miss; a real failed sign-in is still logged by the server's dispatcher.
        builder.Logging.AddFilter("OpenIddict.Core.OpenIddictApplicationManager", LogLevel.Warning);
    }

    public static void MapTokenServer(this WebApplication app)
    {
        app.UseAuthentication();
        app.MapPost(TokenPath, TokenEndpoint.IssueAsync);
        app.MapHealthChecks("/healthz");
    }
}
