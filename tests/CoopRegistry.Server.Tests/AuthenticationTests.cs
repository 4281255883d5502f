using System.Security.Cryptography;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Hosting;
using Grpc.Health.V1;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace CoopRegistry.Server.Tests;

/// <summary>Tokens the registry must refuse, and the open health service.</summary>
public class AuthenticationTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    public static TheoryData<string, string> BadTokens() => new()
    {
        { "malformed", "not-a-jwt" },
        { "signed by another key", TestTokens.For(TestCallers.ForeignAffairs, key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key" }) },
        { "expired", TestTokens.For(TestCallers.ForeignAffairs, lifetime: TimeSpan.FromMinutes(-5)) },
        { "for another audience", TestTokens.For(TestCallers.ForeignAffairs, audience: "someone-else") },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_unauthenticated(string why, string token)
    {
        using var channel = registry.ChannelWith(token);
        var client = new DirectoryService.DirectoryServiceClient(channel);
        var status = await RpcAssert.FailsAsync(StatusCode.Unauthenticated, async () => await client.ListProvincesAsync(new ListProvincesRequest()));
        Assert.False(string.IsNullOrEmpty(status.Message), why);
    }

    [Fact]
    public async Task Health_needs_no_token()
    {
        using var channel = registry.ChannelWith(null);
        var response = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Health_calls_skip_authentication()
    {
        // A token no other test makes (its own lifetime): the cache keeps it only once validated.
        var token = TestTokens.For(TestCallers.ForeignAffairs, lifetime: TimeSpan.FromSeconds(787));
        var tokens = registry.Factory.Services.GetRequiredService<ValidatedTokenCache>();
        using var channel = registry.ChannelWith(token);

        var response = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
        Assert.Null(tokens.TryGet("Bearer " + token));

        await new DirectoryService.DirectoryServiceClient(channel).ListProvincesAsync(new ListProvincesRequest());
        Assert.NotNull(tokens.TryGet("Bearer " + token));
    }
}
