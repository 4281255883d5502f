using CoopRegistry.Domain.Access;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using RegistryScopes = CoopRegistry.Domain.Access.Scopes;

namespace CoopRegistry.Web.Hosting;

/// <summary>
/// People sign in at the token service (OpenID Connect, authorization code with PKCE, public client
/// coop-console) and keep a cookie session here; their tokens are kept server-side per session
/// (<see cref="PersonSessions"/>), the current refresh token sealed on disk, from which a restarted
/// console resumes; the cookie's own copy is only revoked at sign-out.
/// </summary>
public static class SignInExtensions
{
    public static readonly string[] Scopes =
        ["openid", "offline_access", .. RegistryScopes.All];

    public static void AddConsoleSignIn(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpClient(PersonSessions.TokenHttpClient);
        builder.Services.AddSingleton<SessionTokenStore>();
        builder.Services.AddSingleton<RefreshTokenRevocation>();
        builder.Services.AddSingleton<PersonSessions>();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddAuthorization();
        builder.Services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
        })
            .AddCookie(o =>
            {
                o.Cookie.Name = "coop.console";
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = ResumeSession;
            })
            .AddOpenIdConnect();
        builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IOptions<ConsoleOptions>, IHostEnvironment>(Configure);
    }

    private static void Configure(OpenIdConnectOptions o, IOptions<ConsoleOptions> settings, IHostEnvironment environment)
    {
        o.Authority = settings.Value.Authority;
        o.ClientId = settings.Value.ClientId;
        o.ResponseType = OpenIdConnectResponseType.Code;
        // A plain redirect back: the console and the token service are one site, no cross-site form post.
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.UsePkce = true;
        o.SaveTokens = true;
        o.MapInboundClaims = false;
        o.GetClaimsFromUserInfoEndpoint = false;
        o.RequireHttpsMetadata = !environment.IsDevelopment();
        o.TokenValidationParameters.NameClaimType = TokenClaims.Name;
        o.Scope.Clear();
        foreach (var scope in Scopes)
            o.Scope.Add(scope);
        if (environment.IsDevelopment())
        {
            // Plain http:// on loopback: the correlation and nonce cookies cannot be Secure.
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
        }
        o.Events.OnRedirectToIdentityProvider = context =>
        {
            if (context.Properties.Items.TryGetValue(PersonSessions.PromptKey, out var prompt) && prompt is not null)
                context.ProtocolMessage.Prompt = prompt;
            return Task.CompletedTask;
        };
        o.Events.OnTokenValidated = StartSession;
    }

    /// <summary>The access token's agency, province and scopes become the session's claims; its tokens are kept.</summary>
    private static Task StartSession(TokenValidatedContext context)
    {
        var response = context.TokenEndpointResponse
            ?? throw new InvalidOperationException("no token response: is the response type code?");
        var sessions = context.HttpContext.RequestServices.GetRequiredService<PersonSessions>();
        var identity = (System.Security.Claims.ClaimsIdentity)context.Principal!.Identity!;
        var sessionId = PersonClaims.AddFromAccessToken(identity, response.AccessToken);
        sessions.Start(sessionId, response.RefreshToken);
        return Task.CompletedTask;
    }

    private static Task ResumeSession(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<PersonSessions>();
        if (context.Principal?.FindFirst(PersonClaims.Session)?.Value is not { } sessionId || !sessions.Resume(sessionId))
            context.RejectPrincipal();
        return Task.CompletedTask;
    }
}
