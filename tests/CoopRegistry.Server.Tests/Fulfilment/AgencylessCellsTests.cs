using CoopRegistry.Data.Queries;
using CoopRegistry.Data.Security;
using CoopRegistry.Domain.Fulfilment;
using Npgsql;
using static CoopRegistry.Server.Tests.Fulfilment.SummaryDataset;

namespace CoopRegistry.Server.Tests.Fulfilment;

/// <summary>
/// The recurring cells are kept summed over lead agencies too (lead agency '', migration
/// FulfilmentCellsOverAgencies), as they are over partner provinces, and a report without an agency
/// reads those sums alone: a few cells a period whatever the number of agencies.
/// </summary>
public class AgencylessCellsTests(SummaryDataset data) : IClassFixture<SummaryDataset>
{
    private static readonly DateTime Writes = Generated.AddMinutes(20);
    private static readonly DateTime At = Generated.AddHours(1);

    [Fact]
    public async Task Every_recurring_cell_is_summed_over_lead_agencies_and_a_report_without_an_agency_reads_the_sums_alone()
    {
        await using var connection = new NpgsqlConnection(data.ConnectionString);
        await connection.OpenAsync();
        Assert.True(await ScalarAsync(connection, """
            SELECT count(DISTINCT lead_agency_id) FROM registry.fulfilment_recurring_cells
            WHERE home_province_code = 'VN-30' AND lead_agency_id <> '' AND grain = 'p' AND period >= '2026-01-01'
            """) >= 3, "Gia Lai's recurring duties of 2026 have several lead agencies");
        await AssertSummedAsync(connection, "as generated");

        // A fold adding to existing sums and making new ones.
        await data.CreateAsync(Writes, "a1", "trước ngày 20 hằng tháng", new(2026, 1, 1), partner: "LA-AT");
        await data.ReportAsync(Writes, "a1", new(2026, 2, 1), new(2026, 4, 30));
        var generated = await data.OpenAsync(recurring: true, 1);
        await data.ReportAsync(Writes, generated[0], new(2026, 5, 1));
        Assert.True(await FulfilmentFold.RunAsync(connection, CancellationToken.None) > 0);
        await AssertSummedAsync(connection, "after a fold");

        // Every agency's own cells made wrong: a report without an agency still answers as the rows do.
        var lead = await data.BusiestLeadAsync();
        var before = await SummaryAsync(lead);
        await ExecuteAsync(connection, "UPDATE registry.fulfilment_recurring_cells SET n = n + 5 WHERE home_province_code = 'VN-30' AND lead_agency_id <> ''");
        foreach (var partner in new string?[] { null, "LA-AT" })
            Assert.Equal(await RowsAsync(partner), await SummaryAsync(null, partner));
        // One naming an agency reads that agency's cells (the change above shows).
        Assert.NotEqual(before, await SummaryAsync(lead));
    }

    /// <summary>Each sum cell equals the sum of its agencies' cells (count and latest report), and there is one for each.</summary>
    private static async Task AssertSummedAsync(NpgsqlConnection connection, string when)
    {
        const string Key = "home_province_code, partner_province_code, grain, period, rule, kind";
        var wrong = await ScalarAsync(connection, $"""
            SELECT count(*)
            FROM (SELECT {Key}, sum(n)::int AS n, max(latest) AS latest FROM registry.fulfilment_recurring_cells WHERE lead_agency_id <> '' GROUP BY {Key}) a
            FULL JOIN (SELECT {Key}, n, latest FROM registry.fulfilment_recurring_cells WHERE lead_agency_id = '') s USING ({Key})
            WHERE s.n IS DISTINCT FROM a.n OR s.latest IS DISTINCT FROM a.latest
            """);
        var sums = await ScalarAsync(connection, "SELECT count(*) FROM registry.fulfilment_recurring_cells WHERE lead_agency_id = ''");
        Assert.True(sums > 0 && wrong == 0, $"{when}: {wrong} of {sums} sums over lead agencies differ from their agencies' cells");
    }

    private static FulfilmentScope Scope(string? agency, string? partner) =>
        new("VN-30", agency, partner, null, null, new(2026, 1, 1), new(2026, 12, 31));

    private Task<string> RowsAsync(string? partner) =>
        data.WithStoreAsync(At, async (store, _) =>
        {
            using var rowScope = RowScope.Use(RowScope.For(TestCallers.Auditor));
            return Recurring(await new FulfilmentQuery(store).ComputeFromRowsAsync(TestCallers.Auditor, Scope(null, partner), null, false, CancellationToken.None));
        });

    private Task<string> SummaryAsync(string? agency, string? partner = null) =>
        data.WithStoreAsync(At, async (_, db) =>
        {
            using var rowScope = RowScope.Use(RowScope.For(TestCallers.Auditor));
            var summary = await FulfilmentSummary.ComputeAsync(db, Scope(agency, partner), At, CancellationToken.None);
            return summary is null ? "did not serve" : Recurring(summary);
        });

    private static string Recurring(FulfilmentResult result) => string.Join('\n', result.Recurring.Select(m =>
        $"{m.Period:yyyy-MM}: due {m.Due.Count}, met {m.Met.Count}, late {m.MetLate.Count}, missed {m.Missed.Count}, pending {m.Pending.Count}"));

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
