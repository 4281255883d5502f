using CoopRegistry.Data.Queries;
using CoopRegistry.Server.Tests.Commitments;
using Npgsql;

namespace CoopRegistry.Server.Tests.Fulfilment;

/// <summary>
/// The fold writes new cells in the order of their key (migration FulfilmentCellsInKeyOrder), so that
/// a report, which reads a run of one province's cells by the key's prefix, reads a few pages rather
/// than a page a cell; and the tables leave room on each page for a cell's count to change in place.
/// </summary>
public class CellsInKeyOrderTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    private const string Home = "ZZ-99";

    [Fact]
    public async Task A_fold_writes_new_cells_in_key_order()
    {
        await using var connection = new NpgsqlConnection(registry.ConnectionString);
        await connection.OpenAsync();
        // Changes appended out of key order: 2,000 days' dated commitments, two agencies, two partners.
        await ExecuteAsync(connection, $"""
            INSERT INTO registry.fulfilment_due_changes (home_province_code, partner_province_codes, lead_agency_id, key_task, due_date, class, n)
            SELECT '{Home}', ARRAY['KH-16', 'LA-AT'], agency, day % 3 = 0, date '2020-01-01' + (day * 7919) % 2000, (day % 4)::smallint, 1
            FROM generate_series(1, 2000) day, unnest(ARRAY['agency-b', 'agency-a']) agency
            """);

        await FulfilmentFold.RunAsync(connection, CancellationToken.None);

        // Each cell next to the one after it in key order: how often is it also after it on disk?
        var (pairs, inOrder) = await ReadPairsAsync(connection, "fulfilment_due_cells",
            "home_province_code, partner_province_code, grain, period, class, lead_agency_id, key_task");
        Assert.True(pairs > 10_000, $"{pairs} cells");
        // Hash order keeps about half; key order all but the few where a page from the free space map comes between.
        Assert.True(inOrder > 0.95 * pairs, $"{inOrder} of {pairs} neighbours in key order on disk");
    }

    [Theory]
    [InlineData("fulfilment_due_cells")]
    [InlineData("fulfilment_recurring_cells")]
    public async Task A_cells_table_is_clustered_on_its_key_with_room_to_update_in_place(string table)
    {
        await using var connection = new NpgsqlConnection(registry.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT c.reloptions, i.relname
            FROM pg_class c LEFT JOIN pg_index x ON x.indrelid = c.oid AND x.indisclustered LEFT JOIN pg_class i ON i.oid = x.indexrelid
            WHERE c.oid = ('registry.' || $1)::regclass
            """, connection)
        { Parameters = { new() { Value = table } } };
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.Equal(["fillfactor=80"], reader.GetFieldValue<string[]>(0));
        Assert.Equal("pk_" + table, reader.GetString(1));
    }

    private static async Task<(long Pairs, long InOrder)> ReadPairsAsync(NpgsqlConnection connection, string table, string key)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT count(*), count(*) FILTER (WHERE next_ctid > ctid)
            FROM (SELECT ctid, lead(ctid) OVER (ORDER BY {key}) AS next_ctid FROM registry.{table} WHERE home_province_code = '{Home}') cells
            WHERE next_ctid IS NOT NULL
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
