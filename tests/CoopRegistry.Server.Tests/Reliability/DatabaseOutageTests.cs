using System.Diagnostics;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Tests.Fixtures;
using CoopRegistry.Testing;
using Grpc.Core;
using Grpc.Health.V1;
using Npgsql;

namespace CoopRegistry.Server.Tests.Reliability;

/// <summary>
/// The database goes away while the registry runs, then comes back: calls answer UNAVAILABLE (not a
/// hang into the deadline), health turns NOT_SERVING, and the same process serves again once the
/// database is reachable, with no restart.
/// </summary>
public sealed class DatabaseOutageTests : ClassDatabase
{
    private static readonly HealthCheckResponse.Types.ServingStatus Serving = HealthCheckResponse.Types.ServingStatus.Serving;

    [Fact]
    public async Task Calls_fail_fast_while_the_database_is_gone_and_recover_by_themselves()
    {
        var admin = new NpgsqlConnectionStringBuilder(AppConnectionString);
        await using var gate = new TcpGate(admin.Host!, admin.Port);
        admin.Port = gate.Port;
        admin.Timeout = 3; // connect timeout (s): a dead address must not hold the call
        await using var factory = new RegistryFactory(admin.ConnectionString);
        using var channel = RegistryFixture.ChannelTo(factory, TestTokens.For(TestCallers.ForeignAffairs));
        var directory = new DirectoryService.DirectoryServiceClient(channel);
        var health = new Health.HealthClient(channel);
        var deadline = TimeSpan.FromSeconds(20);

        Assert.NotEmpty((await directory.ListProvincesAsync(new ListProvincesRequest())).Provinces);
        Assert.Equal(Serving, (await health.CheckAsync(new HealthCheckRequest())).Status);

        gate.Close();
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await directory.ListProvincesAsync(new ListProvincesRequest(), deadline: DateTime.UtcNow + deadline));
        Assert.Equal(StatusCode.Unavailable, error.StatusCode); // not DEADLINE_EXCEEDED: it did not hang
        var second = await Assert.ThrowsAsync<RpcException>(async () =>
            await directory.ListProvincesAsync(new ListProvincesRequest(), deadline: DateTime.UtcNow + deadline));
        Assert.Equal(StatusCode.Unavailable, second.StatusCode);
        Assert.NotEqual(Serving, (await health.CheckAsync(new HealthCheckRequest())).Status);

        gate.Open();
        var back = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                Assert.NotEmpty((await directory.ListProvincesAsync(new ListProvincesRequest(), deadline: DateTime.UtcNow + deadline)).Provinces);
                break;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Unavailable && back.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(200);
            }
        }
        Assert.Equal(Serving, (await health.CheckAsync(new HealthCheckRequest())).Status);
    }
}
