using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Clients;

/// <summary>
/// Access tokens by the client-credentials grant (a system) or the refresh-token grant (a person),
/// kept until <see cref="CoopRegistryClientOptions.RefreshBeforeExpiry"/> before they expire.
/// Concurrent callers share one request: only one is ever in flight.
/// </summary>
public sealed class AccessTokenCache(HttpClient http, IOptions<CoopRegistryClientOptions> options, TimeProvider time) : IAccessTokenSource
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Cached? cached;
    private string? refreshToken = options.Value.RefreshToken;

    /// <summary>A valid access token, from the cache or freshly requested.</summary>
    public async ValueTask<string> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = cached;
        if (current is not null && time.GetUtcNow() < current.RenewAt)
            return current.Token;
        await gate.WaitAsync(cancellationToken);
        try
        {
            current = cached;
            if (current is not null && time.GetUtcNow() < current.RenewAt)
                return current.Token;
            cached = current = await RequestAsync(cancellationToken);
            return current.Token;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets the cached token (e.g. after the registry answered UNAUTHENTICATED).</summary>
    public void Invalidate() => cached = null;

    private async Task<Cached> RequestAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var form = new Dictionary<string, string> { ["client_id"] = o.ClientId };
        if (string.IsNullOrEmpty(refreshToken))
        {
            form["grant_type"] = "client_credentials";
            form["client_secret"] = o.ClientSecret;
        }
        else
        {
            form["grant_type"] = "refresh_token";
            form["refresh_token"] = refreshToken;
        }
        if (!string.IsNullOrWhiteSpace(o.Scope))
            form["scope"] = o.Scope;
        var requested = time.GetUtcNow();
        using var response = await http.PostAsync(o.TokenEndpoint, new FormUrlEncodedContent(form), cancellationToken);
        TokenResponse? body = null;
        try
        {
            body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
        }
        catch (JsonException)
        {
        }
        if (!response.IsSuccessStatusCode || string.IsNullOrEmpty(body?.AccessToken))
            throw new AccessTokenException((int)response.StatusCode, body?.Error, body?.ErrorDescription);
        if (!string.IsNullOrEmpty(body.RefreshToken) && body.RefreshToken != refreshToken && !string.IsNullOrEmpty(refreshToken))
        {
            // The token service replaces a refresh token on use: the old one is spent.
            refreshToken = body.RefreshToken;
            o.RefreshTokenChanged?.Invoke(refreshToken);
        }
        var lifetime = TimeSpan.FromSeconds(body.ExpiresIn is > 0 ? body.ExpiresIn.Value : 300);
        // Renew ahead of expiry, but never so early that a short-lived token is renewed on every call.
        var ahead = o.RefreshBeforeExpiry < lifetime / 2 ? o.RefreshBeforeExpiry : lifetime / 2;
        return new Cached(body.AccessToken, requested + lifetime - ahead);
    }

    private sealed record Cached(string Token, DateTimeOffset RenewAt);

    private sealed class TokenResponse
    {
        [JsonPropertyName("access_token")]
        public string? AccessToken { get; set; }

        [JsonPropertyName("refresh_token")]
        public string? RefreshToken { get; set; }

        [JsonPropertyName("expires_in")]
        public int? ExpiresIn { get; set; }

        [JsonPropertyName("error")]
        public string? Error { get; set; }

        [JsonPropertyName("error_description")]
        public string? ErrorDescription { get; set; }
    }
}
