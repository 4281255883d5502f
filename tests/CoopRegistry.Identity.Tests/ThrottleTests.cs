using System.Net;
using CoopRegistry.Identity.Tokens;

namespace CoopRegistry.Identity.Tests;

/// <summary>
/// Issue 20: the token endpoint throttles failed client authentications per client id. After five
/// wrong secrets the client id is refused even with its right secret (invalid_client, told when to
/// retry in Retry-After and the description); other clients from the same address still get tokens.
/// </summary>
public class ClientThrottleTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task A_client_id_guessed_at_is_refused_with_when_to_retry_and_others_are_not()
    {
        var dofa = IdentityFixture.DevClient("vn30-so-ngoai-vu");
        var other = IdentityFixture.DevClient("kh16-chinh-quyen-tinh");
        for (var i = 0; i < FailedClientAuthentications.MaxPerClient; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenClient.RequestAsync(identity.Http, dofa.ClientId, "wrong-" + i)).Status);

        var (status, body, retryAfter) = await ThrottledRequest.SendAsync(identity.Http, dofa.ClientId, dofa.ClientSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid_client", TokenClient.Error(body));
        Assert.Contains("retry after", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.InRange(retryAfter!.Value, TimeSpan.FromSeconds(1), FailedClientAuthentications.Window);

        await TokenClient.AccessTokenAsync(identity.Http, other.ClientId, other.ClientSecret);
    }
}

/// <summary>Per address: twenty failures from one address, whatever client ids they name, shut it out for every client.</summary>
public class AddressThrottleTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task An_address_guessing_client_ids_is_refused_for_every_client()
    {
        var dofa = IdentityFixture.DevClient("vn30-so-ngoai-vu");
        await TokenClient.AccessTokenAsync(identity.Http, dofa.ClientId, dofa.ClientSecret);
        for (var i = 0; i < FailedClientAuthentications.MaxPerAddress; i++)
            await TokenClient.RequestAsync(identity.Http, "guessed-client-" + i, "secret");

        var (status, body, retryAfter) = await ThrottledRequest.SendAsync(identity.Http, dofa.ClientId, dofa.ClientSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid_client", TokenClient.Error(body));
        Assert.NotNull(retryAfter);
    }
}

internal static class ThrottledRequest
{
    public static async Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body, TimeSpan? RetryAfter)> SendAsync(HttpClient http, string clientId, string secret)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var body = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content);
        return (response.StatusCode, body, response.Headers.RetryAfter?.Delta);
    }
}
