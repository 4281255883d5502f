using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Caching.Memory;

namespace CoopRegistry.Server.Hosting;

/// <summary>
/// Remembers the principal of each bearer token the JWT handler has accepted, until the token
/// expires, so a partner system that sends the same token with every call pays for the signature
/// and claim checks once per token rather than once per call. A token not seen before, or one
/// past its expiry, goes through the handler's full validation as usual. Only accepted tokens are
/// kept, and a disabled client is still refused on every call (AccessInterceptor).
/// </summary>
public sealed class ValidatedTokenCache(TimeProvider clock) : IDisposable
{
    /// <summary>Tokens kept at once; past it the cache evicts, and those tokens are validated again.</summary>
    public const int Capacity = 10_000;

    private const string Bearer = "Bearer ";

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public Task OnMessageReceived(MessageReceivedContext context)
    {
        if (TokenOf(context.Request.Headers.Authorization.ToString()) is { } token && TryGet(token) is { } principal)
        {
            context.Principal = principal;
            context.Success();
        }
        return Task.CompletedTask;
    }

    public Task OnTokenValidated(TokenValidatedContext context)
    {
        if (TokenOf(context.Request.Headers.Authorization.ToString()) is { } token && context.Principal is { } principal)
            Keep(token, principal, context.SecurityToken.ValidTo);
        return Task.CompletedTask;
    }

    /// <summary>A copy of the principal of an accepted, unexpired <paramref name="token"/>; null when it must be validated.</summary>
    public ClaimsPrincipal? TryGet(string token) =>
        cache.TryGetValue(token, out Entry? entry) && entry!.ExpiresAt > clock.GetUtcNow() ? entry.Principal.Clone() : null;

    /// <summary>Keeps an accepted token's principal until <paramref name="validTo"/> (UTC); a token without an expiry is not kept.</summary>
    public void Keep(string token, ClaimsPrincipal principal, DateTime validTo)
    {
        if (validTo == DateTime.MinValue)
            return;
        var expiresAt = new DateTimeOffset(DateTime.SpecifyKind(validTo, DateTimeKind.Utc));
        cache.Set(token, new Entry(principal.Clone(), expiresAt), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = expiresAt });
    }

    public void Dispose() => cache.Dispose();

    private static string? TokenOf(string authorization) =>
        authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) && authorization.Length > Bearer.Length
            ? authorization[Bearer.Length..].Trim()
            : null;

    private sealed record Entry(ClaimsPrincipal Principal, DateTimeOffset ExpiresAt);
}
