using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoopRegistry.Clients;

namespace CoopRegistry.Cli.Commands;

/// <summary>
/// A person's `coop login`: the device authorization grant (RFC 8628) with the first-party client
/// coop-cli. Shows the address and the code to enter there, then polls the token endpoint until
/// the person has allowed it in their browser (or the code expires).
/// </summary>
public static class DeviceLogin
{
    public const string ClientId = "coop-cli";

    /// <summary>Every registry scope: the token service grants those the person's roles hold.</summary>
    public const string Scope = "registry.read registry.report registry.manage registry.audit registry.admin offline_access";

    public sealed record Tokens(string AccessToken, string RefreshToken);

    public static async Task<Tokens> RunAsync(string tokenEndpoint, Action<string, string, string?> show, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var device = await PostAsync(http, DeviceEndpoint(tokenEndpoint), new() { ["client_id"] = ClientId, ["scope"] = Scope }, cancellationToken);
        if (device.DeviceCode is null || device.UserCode is null || device.VerificationUri is null)
            throw new InvalidOperationException($"the token service gave no device code: {device.Error} {device.ErrorDescription}");
        show(device.VerificationUri, device.UserCode, device.VerificationUriComplete);
        var interval = TimeSpan.FromSeconds(Math.Max(1, device.Interval ?? 5));
        var deadline = DateTimeOffset.UtcNow.AddSeconds(device.ExpiresIn ?? 600);
        while (DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(interval, cancellationToken);
            var answer = await PostAsync(http, tokenEndpoint, new()
            {
                ["grant_type"] = "urn:ietf:params:oauth:grant-type:device_code",
                ["client_id"] = ClientId,
                ["device_code"] = device.DeviceCode,
            }, cancellationToken);
            switch (answer.Error)
            {
                case null when answer.AccessToken is not null && answer.RefreshToken is not null:
                    return new Tokens(answer.AccessToken, answer.RefreshToken);
                case "authorization_pending":
                    continue;
                case "slow_down":
                    interval += TimeSpan.FromSeconds(5);
                    continue;
                default:
                    throw new AccessTokenException(400, answer.Error, answer.ErrorDescription);
            }
        }
        throw new AccessTokenException(400, "expired_token", "the code expired before it was entered: run `coop login` again");
    }

    /// <summary>The device endpoint beside the token endpoint (…/connect/token → …/connect/device).</summary>
    public static string DeviceEndpoint(string tokenEndpoint) =>
        tokenEndpoint.EndsWith("/token", StringComparison.Ordinal) ? tokenEndpoint[..^"token".Length] + "device" : tokenEndpoint + "/device";

    private static async Task<Answer> PostAsync(HttpClient http, string url, Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(url, new FormUrlEncodedContent(form), cancellationToken);
        try
        {
            return await response.Content.ReadFromJsonAsync<Answer>(cancellationToken) ?? new Answer();
        }
        catch (JsonException)
        {
            return new Answer { Error = $"HTTP {(int)response.StatusCode}" };
        }
    }

    private sealed class Answer
    {
        [JsonPropertyName("device_code")] public string? DeviceCode { get; set; }
        [JsonPropertyName("user_code")] public string? UserCode { get; set; }
        [JsonPropertyName("verification_uri")] public string? VerificationUri { get; set; }
        [JsonPropertyName("verification_uri_complete")] public string? VerificationUriComplete { get; set; }
        [JsonPropertyName("expires_in")] public int? ExpiresIn { get; set; }
        [JsonPropertyName("interval")] public int? Interval { get; set; }
        [JsonPropertyName("access_token")] public string? AccessToken { get; set; }
        [JsonPropertyName("refresh_token")] public string? RefreshToken { get; set; }
        [JsonPropertyName("error")] public string? Error { get; set; }
        [JsonPropertyName("error_description")] public string? ErrorDescription { get; set; }
    }
}
