using System.Diagnostics;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Testing;
using Grpc.Health.V1;
using Npgsql;

namespace CoopRegistry.Server.Tests.Reliability;

/// <summary>
/// The database goes away while the registry runs, then comes back: calls answer UNAVAILABLE (not a
/// hang into the deadline), health turns NOT_SERVING at the next background probe, and the same
/// process serves again once the database is reachable, with no restart. Health is watched, not
/// polled: the test waits for the probe's change of status, however long the machine makes it.
/// </summary>
public sealed class DatabaseOutageTests : ClassDatabase
{
    private static readonly HealthCheckResponse.Types.ServingStatus Serving = HealthCheckResponse.Types.ServingStatus.Serving;
    private static readonly HealthCheckResponse.Types.ServingStatus NotServing = HealthCheckResponse.Types.ServingStatus.NotServing;

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
        // A bound on the whole test, not a timing: a probe that never reports fails it instead of hanging.
        using var watch = health.Watch(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddMinutes(3));
        await UntilAsync(watch, Serving);

        gate.Close();
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await directory.ListProvincesAsync(new ListProvincesRequest(), deadline: DateTime.UtcNow + deadline));
        Assert.Equal(StatusCode.Unavailable, error.StatusCode); // not DEADLINE_EXCEEDED: it did not hang
        var second = await Assert.ThrowsAsync<RpcException>(async () =>
            await directory.ListProvincesAsync(new ListProvincesRequest(), deadline: DateTime.UtcNow + deadline));
        Assert.Equal(StatusCode.Unavailable, second.StatusCode);
        await UntilAsync(watch, NotServing);
        Assert.Equal(NotServing, (await health.CheckAsync(new HealthCheckRequest())).Status);

        gate.Open();
        await UntilAsync(watch, Serving);
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

    /// <summary>Reads the watch until the probe reports <paramref name="status"/>.</summary>
    private static async Task UntilAsync(AsyncServerStreamingCall<HealthCheckResponse> watch, HealthCheckResponse.Types.ServingStatus status)
    {
        while (await watch.ResponseStream.MoveNext(CancellationToken.None))
        {
            if (watch.ResponseStream.Current.Status == status)
                return;
        }
        Assert.Fail($"the health watch ended before reporting {status}");
    }
}
