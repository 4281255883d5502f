using System.Security.Claims;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Hosting;

namespace CoopRegistry.Server.Tests;

/// <summary>An accepted token is remembered until it expires; anything else still goes through full validation.</summary>
public class ValidatedTokenCacheTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private sealed class SteppedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static ClaimsPrincipal Principal(string clientId) => new(new ClaimsIdentity([new Claim("client_id", clientId)], "Bearer"));

    [Fact]
    public void A_kept_token_answers_a_copy_of_its_principal_until_it_expires()
    {
        // From the real now: the memory cache drops entries past their expiry by the system clock too.
        var clock = new SteppedClock(DateTimeOffset.UtcNow);
        using var cache = new ValidatedTokenCache(clock);
        var principal = Principal("kh16-so-ngoai-vu");
        Assert.Null(cache.TryGet("token-a"));

        cache.Keep("token-a", principal, clock.Now.AddMinutes(15).UtcDateTime);
        var found = cache.TryGet("token-a");
        Assert.NotNull(found);
        Assert.NotSame(principal, found);
        Assert.Equal("kh16-so-ngoai-vu", found.FindFirst("client_id")?.Value);
        Assert.Null(cache.TryGet("token-b"));

        clock.Now = clock.Now.AddMinutes(15);
        Assert.Null(cache.TryGet("token-a"));
    }

    [Fact]
    public void A_token_without_an_expiry_is_not_kept()
    {
        using var cache = new ValidatedTokenCache(TimeProvider.System);
        cache.Keep("token-a", Principal("x"), DateTime.MinValue);
        Assert.Null(cache.TryGet("token-a"));
    }

    [Fact]
    public async Task A_token_accepted_before_is_accepted_again_and_a_tampered_copy_is_still_refused()
    {
        var token = TestTokens.For(TestCallers.ForeignAffairs);
        using (var channel = registry.ChannelWith(token))
        {
            var client = new DirectoryService.DirectoryServiceClient(channel);
            for (var i = 0; i < 3; i++)
                Assert.NotEmpty((await client.ListProvincesAsync(new ListProvincesRequest())).Provinces);
        }

        // The same header and claims with another signature: not in the cache, so the handler checks it and refuses it.
        var tampered = token[..token.LastIndexOf('.')] + "." + new string('A', 342);
        using var forged = registry.ChannelWith(tampered);
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, async () =>
            await new DirectoryService.DirectoryServiceClient(forged).ListProvincesAsync(new ListProvincesRequest()));
    }
}
