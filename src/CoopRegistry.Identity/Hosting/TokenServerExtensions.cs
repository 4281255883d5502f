using CoopRegistry.Identity.Keys;
using CoopRegistry.Identity.SignIn;
using CoopRegistry.Identity.Tokens;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using RegistryScopes = CoopRegistry.Domain.Access.Scopes;

namespace CoopRegistry.Identity.Hosting;

/// <summary>
/// OpenIddict as an OAuth2 server: client credentials for systems; authorization code with PKCE and
/// the device authorization grant (RFC 8628) for people, with refresh tokens and their revocation
/// (RFC 7009); discovery, JWKS, the sign-in pages. Access tokens are signed JWTs the registry
/// validates with the published keys.
/// </summary>
public static class TokenServerExtensions
{
    public const string TokenPath = "connect/token";
    public const string DiscoveryPath = ".well-known/openid-configuration";
    public const string KeysPath = ".well-known/jwks";
    public const string AuthorizationPath = "connect/authorize";
    public const string DevicePath = "connect/device";
    public const string VerificationPath = "connect/verify";
    public const string RevocationPath = "connect/revoke";

    public static void AddTokenServer(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(TokenPath)
                    .SetConfigurationEndpointUris(DiscoveryPath)
                    .SetJsonWebKeySetEndpointUris(KeysPath)
                    .SetAuthorizationEndpointUris(AuthorizationPath)
                    .SetDeviceAuthorizationEndpointUris(DevicePath)
                    .SetEndUserVerificationEndpointUris(VerificationPath)
                    // RFC 7009: `coop logout` and the console's sign-out end the refresh token here, not only on the desk.
                    .SetRevocationEndpointUris(RevocationPath);
                server.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .AllowDeviceAuthorizationFlow()
                    .AllowRefreshTokenFlow()
                    .RequireProofKeyForCodeExchange();
                server.RegisterScopes([.. RegistryScopes.All, Scopes.OfflineAccess]);
                // The registry reads the claims itself: a JWE would need it to hold our decryption key.
                server.DisableAccessTokenEncryption();
                // Codes, device codes and refresh tokens are stored (single use, and the device flow
                // needs it); the registry checks access tokens locally and refuses revoked ones by stamp.
                server.AddEventHandler(RejectDisabledClients.Descriptor);
                server.AddEventHandler(RejectScopesNotPermitted.Descriptor);
                foreach (var throttle in ThrottleFailedClients.Descriptors)
                    server.AddEventHandler(throttle);
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndUserVerificationEndpointPassthrough();
            });
        // The keys (section "Identity", like the service's other settings): files outside Development.
        builder.Services.AddValidatedOptions<TokenKeyOptions>(TokenServiceOptions.Section);
        builder.Services.AddSingleton<IValidateOptions<TokenKeyOptions>, KeyPathsValidator>();
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, ServerKeysSetup>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FailedClientAuthentications>();
        builder.Services.AddOptions<OpenIddictServerOptions>().Configure<IOptions<TokenServiceOptions>>((server, settings) =>
        {
            server.Issuer = settings.Value.GetIssuerUri();
            server.AccessTokenLifetime = settings.Value.AccessTokenLifetime;
            // PKCE with S256 only: "plain" would show the verifier to anyone who sees the request.
            server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain);
        });
        // Plain HTTP only where nothing real is at stake.
        builder.Services.AddOptions<OpenIddictServerAspNetCoreOptions>().Configure<IHostEnvironment>((aspNetCore, environment) =>
            aspNetCore.DisableTransportSecurityRequirement = environment.IsDevelopment());
        builder.Services.AddHostedService<DevSecretGuard>();
        builder.Services.AddSingleton<TokenPruning>();
        builder.Services.AddHostedService(services => services.GetRequiredService<TokenPruning>());
        builder.Services.AddScoped<PersonTokens>();
        builder.AddSignInPages();
        // The start-up guard tries every development secret on every client, and the manager logs each
        // miss; a real failed sign-in is still logged by the server's dispatcher.
        builder.Logging.AddFilter("OpenIddict.Core.OpenIddictApplicationManager", LogLevel.Warning);
    }

    public static void MapTokenServer(this WebApplication app)
    {
        app.UseSignInPages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPost(TokenPath, TokenEndpoint.IssueAsync);
        app.MapMethods(AuthorizationPath, [HttpMethods.Get, HttpMethods.Post], AuthorizationEndpoint.AuthorizeAsync);
        app.MapRazorPages();
        app.MapHealthChecks("/healthz");
    }
}
