using Npgsql;

namespace CoopRegistry.Data.Tests.Listing;

/// <summary>
/// The column types the listing engine is tested on — the ones services' tables should use —
/// and the trigram index that makes phrase search fast.
/// </summary>
public class NoteTableTests(NoteDatabase database) : IClassFixture<NoteDatabase>
{
    private async Task<string> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return string.Join("\n", await ReadAllAsync(await command.ExecuteReaderAsync()));
    }

    private static async Task<List<string>> ReadAllAsync(NpgsqlDataReader reader)
    {
        var lines = new List<string>();
        await using (reader)
            while (await reader.ReadAsync())
                lines.Add(string.Join(" ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString())));
        return lines;
    }

    [Theory]
    [InlineData("stage", "text")]
    [InlineData("stages", "_text")]
    [InlineData("provinces", "_text")]
    [InlineData("signed_on", "date")]
    [InlineData("created_at", "timestamptz")]
    [InlineData("amount", "numeric")]
    [InlineData("search_key", "text")]
    public async Task Columns_have_the_types_the_engine_is_tested_on(string column, string type) =>
        Assert.Equal(type, await ScalarAsync(
            $"SELECT udt_name FROM information_schema.columns WHERE table_schema = 'listing_test' AND table_name = 'notes' AND column_name = '{column}'"));

    [Fact]
    public async Task Enum_lists_are_stored_by_name()
    {
        await database.AddAsync(new Note { Id = "e1", Title = "t", Stages = [Stage.Closed, Stage.Draft] });
        Assert.Equal("{Closed,Draft}", await ScalarAsync("SELECT stages::text FROM listing_test.notes WHERE id = 'e1'"));
        await using var db = database.CreateNoteContext();
        Assert.Equal([Stage.Closed, Stage.Draft], (await db.Notes.SingleAsync(n => n.Id == "e1")).Stages);
    }

    [Fact]
    public async Task The_search_key_is_generated_folded_and_its_trigram_index_serves_like()
    {
        await database.AddAsync(new Note { Id = "s1", Title = "t", SearchDocument = "Xúc Tiến ĐẦU TƯ" });
        Assert.Equal("xuc tien dau tu", await ScalarAsync("SELECT search_key FROM listing_test.notes WHERE id = 's1'"));
        var plan = await ScalarAsync(
            "SET enable_seqscan = off; EXPLAIN SELECT id FROM listing_test.notes WHERE search_key LIKE '%' || registry.search_key('đầu tư') || '%' ESCAPE '\\'");
        Assert.Contains("ix_notes_search_key", plan);
    }
}
