using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Caching.Memory;

namespace CoopRegistry.Server.Hosting;

/// <summary>
/// Remembers the principal of each bearer token the JWT handler has accepted, until the token
/// expires, so a partner system that sends the same token with every call pays for the signature
/// and claim checks once per token rather than once per call. A token not seen before, or one
/// past its expiry, goes through the handler's full validation as usual. Only accepted tokens are
/// kept, and a disabled client is still refused on every call (AccessInterceptor). Kept by the
/// Authorization header that carried the token.
/// </summary>
public sealed class ValidatedTokenCache(TimeProvider clock) : IDisposable
{
    /// <summary>Tokens kept at once; past it the cache evicts, and those tokens are validated again.</summary>
    public const int Capacity = 10_000;

    private const string Bearer = "Bearer ";

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public Task OnMessageReceived(MessageReceivedContext context)
    {
        if (KeyOf(context.Request) is { } key && TryGet(key) is { } principal)
        {
            context.Principal = principal;
            context.Success();
        }
        return Task.CompletedTask;
    }

    public Task OnTokenValidated(TokenValidatedContext context)
    {
        if (KeyOf(context.Request) is { } key && context.Principal is { } principal)
            Keep(key, principal, context.SecurityToken.ValidTo);
        return Task.CompletedTask;
    }

    /// <summary>A copy of the principal of an accepted, unexpired token, by its <paramref name="key"/>; null when it must be validated.</summary>
    public ClaimsPrincipal? TryGet(string key) =>
        cache.TryGetValue(key, out Entry? entry) && entry!.ExpiresAt > clock.GetUtcNow() ? entry.Principal.Clone() : null;

    /// <summary>Keeps an accepted token's principal until <paramref name="validTo"/> (UTC); a token without an expiry is not kept.</summary>
    public void Keep(string key, ClaimsPrincipal principal, DateTime validTo)
    {
        if (validTo == DateTime.MinValue)
            return;
        var expiresAt = new DateTimeOffset(DateTime.SpecifyKind(validTo, DateTimeKind.Utc));
        cache.Set(key, new Entry(principal.Clone(), expiresAt), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = expiresAt });
    }

    public void Dispose() => cache.Dispose();

    /// <summary>
    /// The Authorization header as sent, when it carries a bearer token: the handler reads the token
    /// from this same header, and the header's string as key spares every call a copy of the token.
    /// </summary>
    private static string? KeyOf(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) && authorization.Length > Bearer.Length ? authorization : null;
    }

    private sealed record Entry(ClaimsPrincipal Principal, DateTimeOffset ExpiresAt);
}
