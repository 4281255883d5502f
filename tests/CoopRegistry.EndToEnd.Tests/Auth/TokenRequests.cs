using System.Net.Http.Json;
using System.Text.Json;

namespace CoopRegistry.EndToEnd.Tests.Auth;

/// <summary>The OAuth2 client-credentials grant against the token service, read from seeds/dev-clients.json.</summary>
public static class TokenRequests
{
    public sealed record DevClient(string ClientId, string ClientSecret, string Agency, string Province, string[] Scopes);

    public static IReadOnlyList<DevClient> DevClients { get; } = JsonSerializer.Deserialize<List<DevClient>>(
        File.ReadAllText(Path.Combine(Testing.RepositoryPaths.Seeds, "dev-clients.json")),
        new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!;

    public static DevClient WithScope(string scope, string? province = null) =>
        DevClients.First(c => c.Scopes.Contains(scope) && (province is null || c.Province == province));

    public static async Task<HttpResponseMessage> RequestAsync(string tokenUrl, string clientId, string secret, string? scope = null)
    {
        using var http = new HttpClient();
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        };
        if (scope is not null)
            form["scope"] = scope;
        return await http.PostAsync($"{tokenUrl}/connect/token", new FormUrlEncodedContent(form));
    }

    public static async Task<string> AccessTokenAsync(string tokenUrl, DevClient client)
    {
        using var response = await RequestAsync(tokenUrl, client.ClientId, client.ClientSecret);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }
}
