using CoopRegistry.Contracts.V1;
using CoopRegistry.Testing;
using Npgsql;

namespace CoopRegistry.Server.Tests.Reliability;

/// <summary>
/// Far more concurrent calls than the registry has pooled connections: every call waits its turn
/// for a connection and succeeds; none fails for want of one, and the registry opens no more
/// connections than its pool (plus its one LISTEN connection).
/// </summary>
public sealed class PoolQueueTests : ClassDatabase
{
    private const int PoolSize = 4;
    private const int Clients = 50;
    private const int CallsPerClient = 20;

    [Fact]
    public async Task A_thousand_concurrent_calls_on_a_pool_of_four_all_succeed()
    {
        // Timeout is also how long a call waits for a pooled connection: long, since this test is
        // about queueing, not speed, and the machine running it may be busy.
        var connection = new NpgsqlConnectionStringBuilder(AppConnectionString) { MaxPoolSize = PoolSize, Timeout = 300 };
        await using var factory = new RegistryFactory(connection.ConnectionString, new Dictionary<string, string?>
        {
            ["Registry:Limits:RateLimitBurst"] = "1000000",
            ["Registry:Limits:RateLimitPerSecond"] = "1000000",
        });
        var clients = Enumerable.Range(0, Clients)
            .Select(i => RegistryFixture.ChannelTo(factory, TestTokens.For(TestCallers.ForeignAffairs with { ClientId = $"client-{i}" })))
            .ToList();

        var calls = clients.SelectMany(channel => Enumerable.Range(0, CallsPerClient)
            .Select(_ => StatusOfAsync(new DirectoryService.DirectoryServiceClient(channel))));
        var statuses = await Task.WhenAll(calls);

        Assert.Equal(Clients * CallsPerClient, statuses.Length);
        Assert.All(statuses, status => Assert.Equal(StatusCode.OK, status));
        Assert.InRange(await RegistryConnectionsAsync(), 1, PoolSize + 1);
        clients.ForEach(channel => channel.Dispose());
    }

    private static async Task<StatusCode> StatusOfAsync(DirectoryService.DirectoryServiceClient directory)
    {
        try
        {
            Assert.NotEmpty((await directory.ListProvincesAsync(new ListProvincesRequest())).Provinces);
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }

    /// <summary>The server processes of the registry's role on this test's database.</summary>
    private async Task<long> RegistryConnectionsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @name AND usename = @role", connection);
        command.Parameters.AddWithValue("name", Name);
        command.Parameters.AddWithValue("role", new NpgsqlConnectionStringBuilder(AppConnectionString).Username!);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
