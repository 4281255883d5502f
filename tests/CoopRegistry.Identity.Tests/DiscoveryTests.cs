using System.Net.Http.Json;
using System.Text.Json;

namespace CoopRegistry.Identity.Tests;

/// <summary>What a relying party (the registry, curl, a partner's OAuth2 library) finds before asking for a token.</summary>
public class DiscoveryTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task Discovery_names_the_issuer_the_endpoints_the_grants_the_keys_and_the_scopes()
    {
        var document = await identity.Http.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        // The issuer is configured; endpoints are addressed from wherever the caller reached the service.
        Assert.Equal(IdentityFactory.Issuer, document.GetProperty("issuer").GetString());
        Assert.Equal(new Uri(identity.Http.BaseAddress!, "connect/token").ToString(), document.GetProperty("token_endpoint").GetString());
        Assert.Equal(new Uri(identity.Http.BaseAddress!, ".well-known/jwks").ToString(), document.GetProperty("jwks_uri").GetString());
        Assert.Equal(new Uri(identity.Http.BaseAddress!, "connect/authorize").ToString(), document.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(new Uri(identity.Http.BaseAddress!, "connect/device").ToString(), document.GetProperty("device_authorization_endpoint").GetString());
        Assert.Equal(new Uri(identity.Http.BaseAddress!, "connect/revoke").ToString(), document.GetProperty("revocation_endpoint").GetString());
        Assert.Equal(
            ["authorization_code", "client_credentials", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code"],
            Strings(document, "grant_types_supported").Order());
        Assert.Equal(["S256"], Strings(document, "code_challenge_methods_supported"));
        var scopes = Strings(document, "scopes_supported");
        Assert.All(new[] { "registry.read", "registry.report", "registry.manage", "registry.audit", "registry.admin" },
            scope => Assert.Contains(scope, scopes));
    }

    [Fact]
    public async Task The_key_set_publishes_a_public_rsa_signing_key_with_an_id()
    {
        var keys = await identity.Http.GetFromJsonAsync<JsonElement>("/.well-known/jwks");
        var key = Assert.Single(keys.GetProperty("keys").EnumerateArray());
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.Equal("sig", key.GetProperty("use").GetString());
        Assert.Equal("RS256", key.GetProperty("alg").GetString());
        Assert.False(string.IsNullOrEmpty(key.GetProperty("kid").GetString()));
        Assert.False(key.TryGetProperty("d", out _), "the key set must never carry the private exponent");
    }

    [Fact]
    public async Task Health_is_healthy_while_the_database_answers()
    {
        using var response = await identity.Http.GetAsync("/healthz");
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    private static List<string> Strings(JsonElement document, string property) =>
        document.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToList();
}
