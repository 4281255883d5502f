using CoopRegistry.Server.Tests.Commitments;
using Npgsql;

namespace CoopRegistry.Server.Tests.Reliability;

/// <summary>
/// The queue tables every sequencer run and every fold read whole are vacuumed after 1,000 dead rows
/// (migration QueueTablesKeptSmall), not after a fifth of the table: a run reads every page, dead rows' too.
/// </summary>
public class QueueTablesTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    [Theory]
    [InlineData("audit_pending")]
    [InlineData("fulfilment_due_changes")]
    [InlineData("fulfilment_recurring_changes")]
    public async Task A_queue_table_is_vacuumed_after_a_thousand_dead_rows(string table)
    {
        await using var connection = new NpgsqlConnection(registry.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT reloptions FROM pg_class WHERE oid = ('registry.' || $1)::regclass", connection)
        { Parameters = { new() { Value = table } } };

        var options = (string[])(await command.ExecuteScalarAsync())!;

        Assert.Equal(["autovacuum_vacuum_scale_factor=0", "autovacuum_vacuum_threshold=1000"], options.Order());
    }
}
