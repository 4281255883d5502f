using CoopRegistry.Contracts.V1;
using Grpc.Health.V1;

namespace CoopRegistry.Server.Tests;

/// <summary>A registry whose database cannot be reached: health says so, calls answer UNAVAILABLE.</summary>
public sealed class OutageTests : IAsyncLifetime
{
    // Nothing listens on port 1; the short timeout keeps the test quick.
    private readonly RegistryFactory factory = new("Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2");

    [Fact]
    public async Task Health_is_not_serving_and_calls_are_unavailable()
    {
        using var channel = RegistryFixture.ChannelTo(factory, TestTokens.For(TestCallers.ForeignAffairs));
        var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, health.Status);

        var directory = new DirectoryService.DirectoryServiceClient(channel);
        await RpcAssert.FailsAsync(StatusCode.Unavailable, async () => await directory.ListProvincesAsync(new ListProvincesRequest()));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();
}
