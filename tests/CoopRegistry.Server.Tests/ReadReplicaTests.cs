using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Tests.Security;
using CoopRegistry.Testing;
using Npgsql;

namespace CoopRegistry.Server.Tests;

/// <summary>
/// ConnectionStrings:RegistryReadOnly: DirectoryService's reads go to it, everything else stays on
/// ConnectionStrings:Registry. Here both name the class's database, told apart by application_name
/// in pg_stat_activity (the connection string's, before the '/' and the row scope the session
/// holds: ConnectionScope); `./coop release-check` does the same against a real streaming replica.
/// It reads the pools' idle connections there, which another class finishing would close
/// (ClassDatabase clears every pool of the process), so it runs with the pools left alone.
/// </summary>
[Collection(PoolsLeftAlone.Name)]
public sealed class ReadReplicaTests : ClassDatabase
{
    private const string ReplicaName = "registry-read-replica-test";
    private const string PrimaryName = "registry-primary-test";

    private async Task<List<string>> QueriesOfAsync(string applicationName)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT query FROM pg_stat_activity WHERE split_part(application_name, '/', 1) = @name AND datname = current_database()", connection);
        command.Parameters.AddWithValue("name", applicationName);
        var queries = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            queries.Add(reader.GetString(0));
        return queries;
    }

    [Fact]
    public async Task Directory_reads_go_to_the_read_only_connection_and_record_reads_do_not()
    {
        var primary = new NpgsqlConnectionStringBuilder(AppConnectionString) { ApplicationName = PrimaryName }.ConnectionString;
        var readOnly = new NpgsqlConnectionStringBuilder(AppConnectionString) { ApplicationName = ReplicaName }.ConnectionString;
        await using var factory = new RegistryFactory(primary, new Dictionary<string, string?> { ["ConnectionStrings:RegistryReadOnly"] = readOnly });
        using var channel = RegistryFixture.ChannelTo(factory, TestTokens.For(TestCallers.ForeignAffairs));

        var agencies = await new DirectoryService.DirectoryServiceClient(channel).ListAgenciesAsync(new ListAgenciesRequest { Filter = "province = \"provinces/VN-30\"" });
        Assert.NotEmpty(agencies.Agencies);
        Assert.Contains(await QueriesOfAsync(ReplicaName), q => q.Contains("registry.agencies", StringComparison.Ordinal));

        // A list's query is long and pg_stat_activity keeps only its head (the selected columns), so the
        // agreements' read is told by a new query on the primary while the replica's stay as they were.
        var primaryBefore = await QueriesOfAsync(PrimaryName);
        var replicaBefore = await QueriesOfAsync(ReplicaName);
        await new AgreementService.AgreementServiceClient(channel).ListAgreementsAsync(new ListAgreementsRequest());
        Assert.Contains(await QueriesOfAsync(PrimaryName), q => !primaryBefore.Contains(q) && q.Contains("SELECT", StringComparison.Ordinal));
        Assert.Equal(replicaBefore.Order(), (await QueriesOfAsync(ReplicaName)).Order());
    }
}
