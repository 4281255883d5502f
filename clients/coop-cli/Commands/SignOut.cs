using System.Net.Http.Json;
using System.Text.Json;

namespace CoopRegistry.Cli.Commands;

/// <summary>
/// A person's `coop logout` at the token service: the profile's refresh token is revoked (RFC 7009,
/// beside the token endpoint), so a copy of the profiles file taken earlier gets no new token either.
/// </summary>
public static class SignOut
{
    /// <returns>Null when the token service revoked the token, else why not (the caller still forgets the profile).</returns>
    public static async Task<string?> RevokeAsync(string tokenEndpoint, string clientId, string refreshToken, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            using var response = await http.PostAsync(RevocationEndpoint(tokenEndpoint), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["client_id"] = clientId,
                ["token"] = refreshToken,
                ["token_type_hint"] = "refresh_token",
            }), cancellationToken);
            if (response.IsSuccessStatusCode)
                return null;
            return $"HTTP {(int)response.StatusCode} {await ErrorOfAsync(response, cancellationToken)}".TrimEnd();
        }
        catch (Exception e) when ((e is HttpRequestException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
        {
            return e.Message;
        }
    }

    /// <summary>The revocation endpoint beside the token endpoint (…/connect/token → …/connect/revoke).</summary>
    public static string RevocationEndpoint(string tokenEndpoint) =>
        tokenEndpoint.EndsWith("/token", StringComparison.Ordinal) ? tokenEndpoint[..^"token".Length] + "revoke" : tokenEndpoint + "/revoke";

    private static async Task<string> ErrorOfAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var error = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            return string.Join(": ", new[] { "error", "error_description" }
                .Select(name => error.TryGetProperty(name, out var value) ? value.GetString() : null).OfType<string>());
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
