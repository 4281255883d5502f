using CoopRegistry.Data;
using CoopRegistry.Data.Security;
using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Agreements;
using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Directives;
using CoopRegistry.Domain.Events;
using CoopRegistry.Domain.Plans;
using CoopRegistry.Domain.Records;
using CoopRegistry.Server.Tests.Commitments;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoopRegistry.Server.Tests.Security;

/// <summary>
/// Partner visibility is enforced by PostgreSQL too: a query over the app role's connection that
/// forgets RecordAccess sees only what RecordAccess would have let through.
/// </summary>
public class RowSecurityTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    private const string PartnerRows =
        "SELECT set_config('coopregistry.scope', 'caller', false), set_config('coopregistry.province', 'KH-16', false), set_config('coopregistry.agency', 'kh16-chinh-quyen-tinh', false)";

    private const string AllRows = "SELECT set_config('coopregistry.scope', 'all', false)";

    public static TheoryData<string> Tables => new() { "agreements", "plans", "events", "directives", "commitments" };

    [Fact]
    public async Task A_partner_query_that_forgets_the_access_check_sees_only_the_partners_records()
    {
        // A Gia Lai commitment Ratanakiri is no party to, so there is something to hide in every table.
        var hidden = await registry.CreateAsync(registry.Complete("Hồ sơ nội bộ của Sở Ngoại vụ"));
        await registry.Client(TestCallers.Department).ReportProgressAsync(new Contracts.V1.ReportProgressRequest
        {
            Name = hidden.Name,
            Report = new Contracts.V1.ProgressReport { Narrative = "Đã làm", PercentComplete = 10 },
        });
        var partner = TestCallers.Ratanakiri;

        await using var owner = registry.CreateContext();
        await using var app = AppContext();
        using (RowScope.Use(RowScope.For(partner)))
        {
            await AssertSeesOnlyVisible<Agreement>(owner, app, partner);
            await AssertSeesOnlyVisible<Plan>(owner, app, partner);
            await AssertSeesOnlyVisible<CooperationEvent>(owner, app, partner);
            await AssertSeesOnlyVisible<Directive>(owner, app, partner);
            await AssertSeesOnlyVisible<Commitment>(owner, app, partner);
        }
        // The parts follow their parent: no progress report of a commitment the partner cannot see.
        var visibleCommitments = owner.Set<Commitment>().Where(RecordAccess.VisibleTo<Commitment>(partner));
        var visibleReports = await owner.Set<ProgressReport>().CountAsync(r => visibleCommitments.Any(c => c.Id == r.CommitmentId));
        Assert.True(await owner.Set<ProgressReport>().CountAsync() > visibleReports, "a hidden commitment's report should exist");
        using (RowScope.Use(RowScope.For(partner)))
            Assert.Equal(visibleReports, await app.Set<ProgressReport>().CountAsync());
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Raw_sql_with_a_partners_settings_returns_only_its_rows(string table)
    {
        await registry.CreateAsync(registry.Complete("Hồ sơ nội bộ"));
        var all = await CountAsync(table, null);
        var partner = await CountAsync(table, PartnerRows);
        var visible = await CountAsync(table, null, $"WHERE home_province_code = 'KH-16' OR 'KH-16' = ANY (party_province_codes) OR 'kh16-chinh-quyen-tinh' = ANY (party_agency_ids)", superuser: true);
        Assert.Equal(visible, partner);
        if (table == "commitments") // the cloned test database holds no seeded register records, only what the tests create
            Assert.True(all > partner, $"{table}: the partner should miss some of the {all} rows");
        // A connection that never said whose it is sees nothing; the system scope sees all.
        Assert.Equal(0, await CountAsync(table, "SELECT 1"));
        Assert.Equal(all, await CountAsync(table, AllRows));

        // The registry's read path, the view of visible rows, answers as the policies do.
        var view = VisibleViewsSql.ViewOf(table);
        Assert.Equal(partner, await CountAsync(view, PartnerRows));
        Assert.Equal(0, await CountAsync(view, "SELECT 1"));
        Assert.Equal(all, await CountAsync(view, AllRows));
    }

    [Fact]
    public async Task A_text_search_through_the_visible_view_can_use_the_trigram_index_and_one_on_the_table_cannot()
    {
        await registry.CreateAsync(registry.Complete("Xúc tiến đầu tư tại Ratanakiri"));
        Assert.Contains("ix_commitments_search_key", await ExplainSearchAsync(VisibleViewsSql.ViewOf("commitments")));
        // Row-level security keeps LIKE (not leakproof) out of the table's index scans: why the view exists.
        Assert.DoesNotContain("ix_commitments_search_key", await ExplainSearchAsync("commitments"));
    }

    [Fact]
    public async Task A_partner_cannot_change_rows_it_cannot_see()
    {
        var hidden = await registry.CreateAsync(registry.Complete("Hồ sơ nội bộ không chia sẻ"));
        var id = hidden.Name["commitments/".Length..];
        await using var connection = new NpgsqlConnection(registry.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT set_config('coopregistry.scope', 'caller', false), set_config('coopregistry.province', 'KH-16', false), set_config('coopregistry.agency', 'kh16-chinh-quyen-tinh', false)", connection);
        await command.ExecuteNonQueryAsync();
        await using var update = new NpgsqlCommand("UPDATE registry.commitments SET task = 'hijacked' WHERE id = @id", connection);
        update.Parameters.AddWithValue("id", id);
        Assert.Equal(0, await update.ExecuteNonQueryAsync());
        await using var owner = registry.CreateContext();
        Assert.NotEqual("hijacked", (await owner.Set<Commitment>().AsNoTracking().SingleAsync(c => c.Id == id)).Task);
    }

    [Fact]
    public async Task A_connection_whose_first_query_failed_still_says_whose_it_is()
    {
        // The scope travels with a connection's first query, in the same implicit transaction: a
        // failing query undoes it, and the next one must send it again (else it would see nothing).
        var scope = RowScope.For(TestCallers.Ratanakiri);
        await using var app = AppContext();
        using (RowScope.Use(scope))
        {
            await app.Database.OpenConnectionAsync();
            await Assert.ThrowsAsync<PostgresException>(() => app.Database.SqlQuery<int>($"SELECT 1 / 0 AS \"Value\"").ToListAsync());
            var settings = await app.Database
                .SqlQuery<string>($"SELECT current_setting('coopregistry.scope', true) || '/' || current_setting('coopregistry.province', true) AS \"Value\"")
                .SingleAsync();
            Assert.Equal($"{RowSecuritySql.CallerRows}/{scope.ProvinceCode}", settings);
        }
    }

    private static async Task AssertSeesOnlyVisible<T>(RegistryDbContext owner, RegistryDbContext app, Caller caller) where T : RegistryRecord
    {
        var seen = await app.Set<T>().AsNoTracking().Select(r => r.Id).OrderBy(id => id).ToListAsync();
        var visible = await owner.Set<T>().AsNoTracking().Where(RecordAccess.VisibleTo<T>(caller)).Select(r => r.Id).OrderBy(id => id).ToListAsync();
        Assert.Equal(visible, seen);
    }

    private RegistryDbContext AppContext() =>
        new(new DbContextOptionsBuilder<RegistryDbContext>().UseRegistryDatabase(registry.AppConnectionString).Options);

    /// <summary>The plan of a text search by Ratanakiri's partner system, with sequential scans priced out so an index is taken wherever one may be.</summary>
    private async Task<string> ExplainSearchAsync(string relation)
    {
        await using var connection = new NpgsqlConnection(registry.AppConnectionString);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand(PartnerRows + "; SET enable_seqscan = off", connection))
            await set.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand($"EXPLAIN SELECT id FROM registry.{relation} WHERE search_key LIKE '%xuc tien dau tu%'", connection);
        await using var reader = await explain.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
            plan.Add(reader.GetString(0));
        return string.Join('\n', plan);
    }

    private async Task<long> CountAsync(string table, string? settings, string where = "", bool superuser = false)
    {
        await using var connection = new NpgsqlConnection(superuser ? registry.ConnectionString : registry.AppConnectionString);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand(settings ?? "SELECT set_config('coopregistry.scope', 'all', false)", connection))
            await set.ExecuteNonQueryAsync();
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM registry.{table} {where}", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
