using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CoopRegistry.Identity.Tests.Fixtures;

/// <summary>Asks the token endpoint for a client-credentials token, as an agency's system would.</summary>
public static class TokenClient
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> RequestAsync(
        HttpClient http, string clientId, string secret, string? scope = null, string grantType = "client_credentials")
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = grantType,
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        };
        if (scope is not null)
            form["scope"] = scope;
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>The access token, failing the test with the server's error when there is none.</summary>
    public static async Task<string> AccessTokenAsync(HttpClient http, string clientId, string secret, string? scope = null)
    {
        var (status, body) = await RequestAsync(http, clientId, secret, scope);
        Assert.True(status == HttpStatusCode.OK, $"token request failed: {(int)status} {body}");
        return body.GetProperty("access_token").GetString()!;
    }

    public static string Error(JsonElement body) => body.GetProperty("error").GetString()!;
}
