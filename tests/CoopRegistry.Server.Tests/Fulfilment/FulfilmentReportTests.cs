using System.Globalization;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Fulfilment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoopRegistry.Server.Tests.Fulfilment.FulfilmentDataset;

namespace CoopRegistry.Server.Tests.Fulfilment;

/// <summary>
/// GetFulfilmentReport and ExportFulfilmentReport through gRPC over <see cref="FulfilmentDataset"/>,
/// against figures worked out by hand. The dataset's story (all under one directive, created
/// 2026-04-01 unless said; a firm "no later than D" is overdue from 17:00Z on D):
/// c1 A key ≤10/5, KH-16: completion accepted 05-09 (done 05-08) — on time.
/// c2 A key ≤20/5: completion asked 05-25 (done 05-25), accepted only 06-20 — late.
/// c3 A key ≤10/6, KH-16: open. c4 B ≤30/6, moved on 06-20 to ≤31/8 (out of the period since).
/// c5 B tentative June: never overdue. c6 B ≤31/5: cancelled 05-15. c7 C ≤05/6: created 07-01.
/// c8 C ≤14/6: waived 06-25. c9 A ≤15/7: out of the period. c10 A ≤15/5: withdrawn 06-01.
/// r1 A "before the 20th monthly" from May: reports for May on 05-18 (met) and June on 06-25 (late).
/// r2 B monthly, no fixed day, KH-16: no reports (every month missed once past).
/// </summary>
public class FulfilmentReportTests(FulfilmentDataset data) : IClassFixture<FulfilmentDataset>
{
    private static readonly DateTime MidJune = Utc(2026, 6, 15, 10);
    private static readonly DateTime FirstOfMay = Utc(2026, 5, 1, 0);

    private async Task<FulfilmentReport> ReportAsync(DateTime? asOf = null, bool names = true, Domain.Access.Caller? caller = null) =>
        (await data.Client(caller ?? TestCallers.Auditor).GetFulfilmentReportAsync(new GetFulfilmentReportRequest { Scope = data.Scope(asOf), IncludeCommitments = names })).Report;

    private static void AssertFigures(FulfilmentFigures f, int total, int onTime, int late, int overdue, int notYetDue, int open, int cancelled, int waived, string doneOfTotal) =>
        Assert.Equal(
            (total, onTime, late, overdue, notYetDue, open, cancelled, waived, doneOfTotal),
            (f.Total.Count, f.DoneOnTime.Count, f.DoneLate.Count, f.Overdue.Count, f.NotYetDue.Count, f.Open.Count, f.Cancelled.Count, f.Waived.Count, f.DoneOfTotal));

    private static void AssertMonth(RecurringPeriod month, int year, int number, int due, int met, int metLate, int missed, int pending)
    {
        Assert.Equal(Day(year, number, 1), month.Period);
        Assert.Equal((due, met, metLate, missed, pending), (month.Due.Count, month.Met.Count, month.MetLate.Count, month.Missed.Count, month.Pending.Count));
    }

    private static string[] Names(params string[] ids) => [.. ids.Select(id => "commitments/" + id)];

    [Fact]
    public async Task The_report_now_matches_the_hand_count()
    {
        var report = await ReportAsync();
        // In the period now: c1 on time, c2 late, c3 and c7 overdue, c5 open, c6 cancelled, c8 waived
        // (c4 moved to August, c9 due in July, c10 withdrawn). Owed: 7 − 2 = 5.
        AssertFigures(report.Total, 7, 1, 1, 2, 0, 1, 1, 1, "02/07");
        Assert.Equal((1 / 5.0, 2 / 5.0, 2 / 5.0), (report.Total.OnTimeRate, report.Total.DoneRate, report.Total.OverdueRate));
        // Key tasks c1, c2, c3.
        AssertFigures(report.KeyTasks, 3, 1, 1, 1, 0, 0, 0, 0, "02/03");
        // By agency name: Sở Công Thương (B), Sở Ngoại vụ (A), Sở Tài chính (C).
        Assert.Equal(["agencies/" + B, "agencies/" + A, "agencies/" + C], report.ByLeadAgency.Select(a => a.Agency).ToArray());
        AssertFigures(report.ByLeadAgency[0].Figures, 2, 0, 0, 0, 0, 1, 1, 0, "00/02");
        AssertFigures(report.ByLeadAgency[1].Figures, 3, 1, 1, 1, 0, 0, 0, 0, "02/03");
        AssertFigures(report.ByLeadAgency[2].Figures, 2, 0, 0, 1, 0, 0, 0, 1, "00/02");
        // May: r1 met, r2 missed. June: r1 met late (report 06-25, due by the 19th), r2 missed.
        Assert.Equal(2, report.Recurring.Count);
        AssertMonth(report.Recurring[0], 2026, 5, 2, 1, 0, 1, 0);
        AssertMonth(report.Recurring[1], 2026, 6, 2, 0, 1, 1, 0);
    }

    [Fact]
    public async Task Each_figure_names_its_commitments()
    {
        var report = await ReportAsync();
        Assert.Equal(Names("c3", "c7"), report.Total.Overdue.Commitments);
        Assert.Equal(Names("c1", "c2", "c3", "c5", "c6", "c7", "c8"), report.Total.Total.Commitments);
        Assert.Equal(Names("c2"), report.KeyTasks.DoneLate.Commitments);
        Assert.Equal(Names("c8"), report.ByLeadAgency[2].Figures.Waived.Commitments);
        Assert.Equal(Names("r1"), report.Recurring[1].MetLate.Commitments);
        Assert.Equal(Names("r2"), report.Recurring[0].Missed.Commitments);
        // Without include_commitments the counts stay and the names go.
        var bare = await ReportAsync(names: false);
        Assert.Equal(2, bare.Total.Overdue.Count);
        Assert.Empty(bare.Total.Overdue.Commitments);
        Assert.Empty(bare.Recurring[0].Missed.Commitments);
    }

    [Fact]
    public async Task As_of_mid_June_the_report_is_what_the_registry_said_then()
    {
        var report = await ReportAsync(MidJune);
        Assert.Equal(Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(MidJune), report.AsOf);
        // c2's completion not yet accepted (overdue since 05-20), c4 still due 30/6 (not yet due),
        // c7 not yet created, c8 not yet waived (overdue since 06-14 17:00Z). Owed: 7 − 1 = 6.
        AssertFigures(report.Total, 7, 1, 0, 3, 1, 1, 1, 0, "01/07");
        Assert.Equal(Names("c2", "c3", "c8"), report.Total.Overdue.Commitments);
        Assert.Equal(Names("c4"), report.Total.NotYetDue.Commitments);
        Assert.Equal(3 / 6.0, report.Total.OverdueRate);
        AssertFigures(report.KeyTasks, 3, 1, 0, 2, 0, 0, 0, 0, "01/03");
        AssertFigures(report.ByLeadAgency[0].Figures, 3, 0, 0, 0, 1, 1, 1, 0, "00/03");
        AssertFigures(report.ByLeadAgency[1].Figures, 3, 1, 0, 2, 0, 0, 0, 0, "01/03");
        AssertFigures(report.ByLeadAgency[2].Figures, 1, 0, 0, 1, 0, 0, 0, 0, "00/01");
        // June's occurrences were not yet due (r1 by the 19th) and r1's June report came later.
        AssertMonth(report.Recurring[0], 2026, 5, 2, 1, 0, 1, 0);
        AssertMonth(report.Recurring[1], 2026, 6, 2, 0, 0, 0, 2);
    }

    [Fact]
    public async Task As_of_the_first_of_May_nothing_was_due_yet()
    {
        var report = await ReportAsync(FirstOfMay);
        // c6 not yet cancelled, c10 not yet withdrawn, c7 not yet created: 8 in the period, c5 open, the rest not yet due.
        AssertFigures(report.Total, 8, 0, 0, 0, 7, 1, 0, 0, "00/08");
        AssertFigures(report.KeyTasks, 3, 0, 0, 0, 3, 0, 0, 0, "00/03");
        Assert.Contains("commitments/c10", report.Total.NotYetDue.Commitments);
        AssertMonth(report.Recurring[0], 2026, 5, 2, 0, 0, 0, 2);
        AssertMonth(report.Recurring[1], 2026, 6, 0, 0, 0, 0, 0);
    }

    [Fact]
    public async Task As_of_now_from_the_history_equals_the_current_report()
    {
        var current = await ReportAsync();
        var fromHistory = await ReportAsync(current.AsOf.ToDateTime());
        Assert.Equal(current.Total, fromHistory.Total);
        Assert.Equal(current.KeyTasks, fromHistory.KeyTasks);
        Assert.Equal(current.ByLeadAgency, fromHistory.ByLeadAgency);
        Assert.Equal(current.Recurring, fromHistory.Recurring);
    }

    [Fact]
    public async Task A_partner_counts_only_what_concerns_it()
    {
        // Ratanakiri (KH-16) is a party to c1, c3 and r2 only.
        var report = await ReportAsync(caller: TestCallers.Ratanakiri);
        AssertFigures(report.Total, 2, 1, 0, 1, 0, 0, 0, 0, "01/02");
        Assert.Equal(Names("c1", "c3"), report.Total.Total.Commitments);
        Assert.Equal(["agencies/" + A], report.ByLeadAgency.Select(a => a.Agency).ToArray());
        AssertMonth(report.Recurring[0], 2026, 5, 1, 0, 0, 1, 0);
        Assert.Equal(Names("r2"), report.Recurring[1].Due.Commitments);
        var asOf = await ReportAsync(MidJune, caller: TestCallers.Ratanakiri);
        AssertFigures(asOf.Total, 2, 1, 0, 1, 0, 0, 0, 0, "01/02");
    }

    [Fact]
    public async Task Scope_parts_narrow_the_report()
    {
        var scope = data.Scope();
        scope.Agency = "agencies/" + C;
        var report = (await data.Client(TestCallers.Auditor).GetFulfilmentReportAsync(new GetFulfilmentReportRequest { Scope = scope })).Report;
        AssertFigures(report.Total, 2, 0, 0, 1, 0, 0, 0, 1, "00/02");
        scope.Agency = "";
        scope.PartnerProvince = "provinces/KH-16";
        report = (await data.Client(TestCallers.Auditor).GetFulfilmentReportAsync(new GetFulfilmentReportRequest { Scope = scope })).Report;
        AssertFigures(report.Total, 2, 1, 0, 1, 0, 0, 0, 0, "01/02");
        Assert.Equal(1, report.Recurring[0].Due.Count);
    }

    // The files for people (XLSX, DOCX) are checked in ReadableExportTests.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_exported_CSV_file_has_the_figures_of_the_gRPC_report(bool midJune)
    {
        const ExportFormat format = ExportFormat.Csv;
        var asOf = midJune ? MidJune : (DateTime?)null;
        var report = await ReportAsync(asOf, names: false);
        using var call = data.Client(TestCallers.Auditor).ExportFulfilmentReport(new ExportFulfilmentReportRequest { Scope = data.Scope(asOf), Format = format });
        var chunks = new List<ExportFulfilmentReportResponse>();
        await foreach (var chunk in call.ResponseStream.ReadAllAsync())
            chunks.Add(chunk);
        Assert.Equal(FulfilmentExport.CsvContentType, chunks[0].ContentType);
        Assert.EndsWith(".csv", chunks[0].FileName);
        Assert.All(chunks.Skip(1), c => Assert.Equal(("", ""), (c.ContentType, c.FileName)));
        var file = chunks.SelectMany(c => c.Data.ToByteArray()).ToArray();
        var rows = ExportFiles.ReadCsv(file);

        Assert.Equal(2 + report.ByLeadAgency.Count + report.Recurring.Count, rows.Count);
        AssertRow(rows[0], "total", report.Total);
        AssertRow(rows[1], "key_tasks", report.KeyTasks);
        for (var i = 0; i < report.ByLeadAgency.Count; i++)
        {
            AssertRow(rows[2 + i], "lead_agency", report.ByLeadAgency[i].Figures);
            Assert.Equal(report.ByLeadAgency[i].Agency, rows[2 + i]["agency"]);
            Assert.StartsWith("Sở ", rows[2 + i]["agency_name"]);
        }
        var months = rows.Skip(2 + report.ByLeadAgency.Count).ToList();
        Assert.Equal(report.Recurring.Count, months.Count);
        foreach (var (row, month) in months.Zip(report.Recurring))
        {
            Assert.Equal("recurring", row["section"]);
            Assert.Equal($"{month.Period.Year:D4}-{month.Period.Month:D2}-01", row["period"]);
            Assert.Equal(
                (month.Due.Count, month.Met.Count, month.MetLate.Count, month.Missed.Count, month.Pending.Count),
                (int.Parse(row["due"], CultureInfo.InvariantCulture), int.Parse(row["met"], CultureInfo.InvariantCulture), int.Parse(row["met_late"], CultureInfo.InvariantCulture),
                 int.Parse(row["missed"], CultureInfo.InvariantCulture), int.Parse(row["pending"], CultureInfo.InvariantCulture)));
        }
        if (midJune)
            Assert.Equal("2026-06-15T10:00:00.000000Z", rows[0]["as_of"]);
        // The hand numbers once more, from the file itself.
        Assert.Equal(midJune ? "01/07" : "02/07", rows[0]["done_of_total"]);
    }

    private static void AssertRow(Dictionary<string, string> row, string section, FulfilmentFigures f)
    {
        Assert.Equal(section, row["section"]);
        int Count(string column) => int.Parse(row[column], CultureInfo.InvariantCulture);
        Assert.Equal(
            (f.Total.Count, f.DoneOnTime.Count, f.DoneLate.Count, f.Overdue.Count, f.NotYetDue.Count, f.Open.Count, f.Cancelled.Count, f.Waived.Count, f.DoneOfTotal),
            (Count("total"), Count("done_on_time"), Count("done_late"), Count("overdue"), Count("not_yet_due"), Count("open"), Count("cancelled"), Count("waived"), row["done_of_total"]));
        Assert.Equal(f.OnTimeRate, double.Parse(row["on_time_rate"], CultureInfo.InvariantCulture));
        Assert.Equal(f.DoneRate, double.Parse(row["done_rate"], CultureInfo.InvariantCulture));
        Assert.Equal(f.OverdueRate, double.Parse(row["overdue_rate"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Readers_may_ask_and_callers_without_read_may_not()
    {
        Assert.Equal(7, (await ReportAsync(caller: TestCallers.Department)).Total.Total.Count);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => ReportAsync(caller: TestCallers.Administrator));
    }
}
