using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Npgsql;
using Xunit.Abstractions;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>
/// Many clients updating one commitment with etags (issue 9): every round all of them read the
/// same version, then all write; one wins, every other gets ABORTED and retries with a fresh read
/// until it succeeds. No update is lost: each success is one audited change and the final record
/// holds the last one.
/// </summary>
public class ConcurrencyTests(HardeningRegistry registry, ITestOutputHelper output) : IClassFixture<HardeningRegistry>
{
    private const int Clients = 8;
    private const int Rounds = 4;

    [Fact]
    public async Task Concurrent_etag_updates_lose_nothing_and_every_loser_is_ABORTED_and_retries()
    {
        var created = await registry.CreateAsync(registry.Complete("Một cam kết được nhiều bên sửa cùng lúc"));
        var writers = Enumerable.Range(0, Clients)
            .Select(i => registry.Commitments(TestCallers.ForeignAffairs with { ClientId = $"writer-{i}" }))
            .ToList();
        var aborted = 0;
        var written = new List<string>();

        for (var round = 0; round < Rounds; round++)
        {
            // Everyone reads the same version first, so all but one of the first attempts are stale.
            var reads = await Task.WhenAll(writers.Select(w => w.GetCommitmentAsync(new GetCommitmentRequest { Name = created.Name }).ResponseAsync));
            var results = await Task.WhenAll(writers.Select((writer, i) => UpdateUntilAcceptedAsync(writer, reads[i].Commitment, $"bên {i}, vòng {round}")));
            aborted += results.Sum(r => r.Aborted);
            written.AddRange(results.Select(r => r.Deliverable));
            Assert.True(results.Sum(r => r.Aborted) >= Clients - 1, $"round {round}: all read one version, so at least {Clients - 1} first attempts were stale");
        }

        output.WriteLine($"{Clients} clients × {Rounds} rounds: {written.Count} updates accepted, {aborted} ABORTED and retried");
        Assert.Equal(Clients * Rounds, written.Distinct().Count());

        // Each accepted update is one audited change of the record, and together they are exactly the values written.
        var audited = await AuditedDeliverablesAsync(created.Name);
        Assert.Equal(Clients * Rounds, audited.Count);
        Assert.Equal(written.Order(StringComparer.Ordinal), audited.Order(StringComparer.Ordinal));
        var final = (await writers[0].GetCommitmentAsync(new GetCommitmentRequest { Name = created.Name })).Commitment;
        Assert.Equal(audited[^1], final.Deliverable);
    }

    private static async Task<(string Deliverable, int Aborted)> UpdateUntilAcceptedAsync(
        CommitmentService.CommitmentServiceClient writer, Commitment read, string deliverable)
    {
        var aborted = 0;
        while (true)
        {
            try
            {
                await writer.UpdateCommitmentAsync(new UpdateCommitmentRequest
                {
                    Commitment = new Commitment { Name = read.Name, Etag = read.Etag, Deliverable = deliverable },
                    UpdateMask = new FieldMask { Paths = { "deliverable" } },
                });
                return (deliverable, aborted);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Aborted)
            {
                aborted++;
                Assert.True(aborted < 100, "a writer kept losing");
                read = (await writer.GetCommitmentAsync(new GetCommitmentRequest { Name = read.Name })).Commitment;
            }
        }
    }

    /// <summary>The deliverable after each audited update of the record, in chain order.</summary>
    private async Task<List<string>> AuditedDeliverablesAsync(string recordName)
    {
        await using var connection = new NpgsqlConnection(registry.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT \"after\"::jsonb ->> 'Deliverable' FROM registry.audit_entries WHERE record_name = @name AND change = 'Updated' ORDER BY sequence", connection);
        command.Parameters.AddWithValue("name", recordName);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            values.Add(reader.IsDBNull(0) ? "" : reader.GetString(0));
        return values;
    }
}
