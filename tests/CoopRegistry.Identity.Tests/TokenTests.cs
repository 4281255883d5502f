using System.Net;
using System.Text.Json;
using CoopRegistry.Identity.Clients;

namespace CoopRegistry.Identity.Tests;

/// <summary>The client-credentials grant: what a token carries, and every way a request is refused.</summary>
public class TokenTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private static readonly DevClient Dofa = IdentityFixture.DevClient("vn30-so-ngoai-vu");
    private static readonly DevClient Ratanakiri = IdentityFixture.DevClient("kh16-chinh-quyen-tinh");

    [Fact]
    public async Task A_dev_client_gets_a_signed_unencrypted_jwt_carrying_its_agency_province_and_scopes()
    {
        var token = await TokenClient.AccessTokenAsync(identity.Http, Dofa.ClientId, Dofa.ClientSecret);

        Assert.Equal(3, token.Split('.').Length); // a JWE would have five parts
        var header = Jwt.Header(token);
        Assert.Equal("RS256", header.GetProperty("alg").GetString());
        Assert.Equal("at+jwt", header.GetProperty("typ").GetString());
        Assert.False(header.TryGetProperty("enc", out _));

        var claims = Jwt.Payload(token);
        Assert.Equal(IdentityFactory.Issuer, claims.GetProperty("iss").GetString());
        Assert.Equal("vn30-so-ngoai-vu", claims.GetProperty("sub").GetString());
        Assert.Equal("vn30-so-ngoai-vu", claims.GetProperty("client_id").GetString());
        Assert.Equal("agencies/vn30-so-ngoai-vu", claims.GetProperty("agency").GetString());
        Assert.Equal("VN-30", claims.GetProperty("province").GetString());
        Assert.Equal("coopregistry", claims.GetProperty("aud").GetString());
        // RFC 9068: one space-separated string. No scope asked for means every scope the client has.
        Assert.Equal(["registry.manage", "registry.read", "registry.report"], Scopes(claims));
        var expires = DateTimeOffset.FromUnixTimeSeconds(claims.GetProperty("exp").GetInt64());
        Assert.InRange(expires, DateTimeOffset.UtcNow.AddMinutes(14), DateTimeOffset.UtcNow.AddMinutes(16));
    }

    [Fact]
    public async Task The_token_validates_against_the_published_keys_for_issuer_and_audience()
    {
        var token = await TokenClient.AccessTokenAsync(identity.Http, Ratanakiri.ClientId, Ratanakiri.ClientSecret);
        var result = await Jwt.ValidateAsync(identity.Http, token);
        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.False((await Jwt.ValidateAsync(identity.Http, token, audience: "another-api")).IsValid);
        Assert.False((await Jwt.ValidateAsync(identity.Http, token, issuer: "http://elsewhere/")).IsValid);
    }

    [Fact]
    public async Task The_response_is_a_bearer_token_with_its_lifetime_and_granted_scope()
    {
        var (status, body) = await TokenClient.RequestAsync(identity.Http, Ratanakiri.ClientId, Ratanakiri.ClientSecret);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 890, 900);
        Assert.Equal("KH-16", Jwt.Payload(body.GetProperty("access_token").GetString()!).GetProperty("province").GetString());
    }

    [Fact]
    public async Task Asking_for_some_of_its_scopes_grants_only_those()
    {
        var token = await TokenClient.AccessTokenAsync(identity.Http, Dofa.ClientId, Dofa.ClientSecret, "registry.read");
        Assert.Equal(["registry.read"], Scopes(Jwt.Payload(token)));
    }

    [Fact]
    public async Task A_wrong_secret_is_invalid_client()
    {
        var (status, body) = await TokenClient.RequestAsync(identity.Http, Dofa.ClientId, Ratanakiri.ClientSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid_client", TokenClient.Error(body));
    }

    [Fact]
    public async Task An_unknown_client_is_invalid_client()
    {
        var (status, body) = await TokenClient.RequestAsync(identity.Http, "no-such-client", Dofa.ClientSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid_client", TokenClient.Error(body));
    }

    [Theory]
    [InlineData("registry.manage")] // registered, but not Ratanakiri's
    [InlineData("registry.read registry.admin")] // one of its own with one it lacks
    [InlineData("registry.everything")] // not a scope at all
    public async Task A_scope_the_client_lacks_is_invalid_scope(string scope)
    {
        var (status, body) = await TokenClient.RequestAsync(identity.Http, Ratanakiri.ClientId, Ratanakiri.ClientSecret, scope);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_scope", TokenClient.Error(body));
    }

    [Fact]
    public async Task Another_grant_type_is_refused()
    {
        var (status, body) = await TokenClient.RequestAsync(identity.Http, Dofa.ClientId, Dofa.ClientSecret, grantType: "password");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("unsupported_grant_type", TokenClient.Error(body));
    }

    [Fact]
    public async Task A_disabled_client_is_invalid_client_until_enabled_again()
    {
        var client = Dofa with { ClientId = "test-disabled-client", Agency = "agencies/vn30-so-tai-chinh" };
        await identity.WithApplicationsAsync(async applications =>
            await new DevClientSync(applications, Microsoft.Extensions.Logging.Abstractions.NullLogger<DevClientSync>.Instance).SyncAsync([client], CancellationToken.None));

        await SetDisabledAsync(client.ClientId, true);
        var (status, body) = await TokenClient.RequestAsync(identity.Http, client.ClientId, client.ClientSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid_client", TokenClient.Error(body));

        await SetDisabledAsync(client.ClientId, false);
        await TokenClient.AccessTokenAsync(identity.Http, client.ClientId, client.ClientSecret);
    }

    private Task<bool> SetDisabledAsync(string clientId, bool disabled) =>
        identity.WithApplicationsAsync(async applications =>
        {
            var application = await applications.FindByClientIdAsync(clientId) ?? throw new InvalidOperationException(clientId);
            var descriptor = new OpenIddict.Abstractions.OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(descriptor, application);
            (ClientProfile.ReadFrom(descriptor) with { Disabled = disabled }).WriteTo(descriptor);
            await applications.UpdateAsync(application, descriptor);
            return true;
        });

    private static List<string> Scopes(JsonElement claims)
    {
        var scope = claims.GetProperty("scope");
        Assert.Equal(JsonValueKind.String, scope.ValueKind);
        return [.. scope.GetString()!.Split(' ').Order()];
    }
}
