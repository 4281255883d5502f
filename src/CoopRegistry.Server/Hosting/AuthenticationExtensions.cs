using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CoopRegistry.Server.Hosting;

/// <summary>
/// Standard JWT bearer validation against the token service's published keys (OpenID discovery +
/// JWKS, fetched once and cached): issuer, audience, lifetime and signature. Nothing here is
/// specific to OpenIddict, so the issuer can be swapped. Authorisation is AccessInterceptor's job.
/// A token already accepted is not validated again until it expires (<see cref="ValidatedTokenCache"/>).
/// The health service's calls are not authenticated at all: it is open and reads no caller.
/// </summary>
public static class AuthenticationExtensions
{
    public static void AddRegistryAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        // Token lifetimes are instants of the real world, whatever clock the registry's records use.
        builder.Services.AddSingleton(_ => new ValidatedTokenCache(TimeProvider.System));
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<RegistryOptions>, IHostEnvironment, ValidatedTokenCache>((jwt, registry, environment, tokens) =>
            {
                jwt.Events = new JwtBearerEvents { OnMessageReceived = context => OnMessageReceived(context, tokens), OnTokenValidated = tokens.OnTokenValidated };
                jwt.Authority = registry.Value.Authority;
                jwt.Audience = registry.Value.Audience;
                // Plain http to the token service is for a loopback development setup only.
                jwt.RequireHttpsMetadata = !environment.IsDevelopment();
                // Keep the token's own claim names (agency, province, scope) as they are.
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters.NameClaimType = "sub";
                jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
            });
    }

    /// <summary>The token, from the cache when it was accepted before; none read for a health call (a probe's token, if it sends one, is not looked at).</summary>
    private static Task OnMessageReceived(MessageReceivedContext context, ValidatedTokenCache tokens)
    {
        if (!context.Request.Path.StartsWithSegments(HealthService))
            return tokens.OnMessageReceived(context);
        context.NoResult();
        return Task.CompletedTask;
    }

    private static readonly PathString HealthService = "/" + Grpc.Health.V1.Health.Descriptor.FullName;
}
