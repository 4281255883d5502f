using System.Globalization;
using CoopRegistry.Contracts.V1;
using CoopRegistry.EndToEnd.Tests.Auth;
using CoopRegistry.Testing;
using Grpc.Core;

namespace CoopRegistry.EndToEnd.Tests;

/// <summary>
/// After `migrate` (what `./coop up` runs), an auditor's token gets the fulfilment report of the
/// seeded commitments as gRPC, CSV and XLSX (its figures sheet, in Vietnamese), and the three
/// agree figure for figure.
/// </summary>
public class SeededFulfilmentTests(StackFixture stack) : IClassFixture<StackFixture>
{
    private static readonly string[] Figures = ["total", "done_on_time", "done_late", "overdue", "not_yet_due", "open", "cancelled", "waived"];

    // The same figures as the XLSX form's headers.
    private static readonly string[] Headers = ["Tổng số", "Đúng hạn", "Trễ hạn", "Quá hạn", "Chưa đến hạn", "Chưa có hạn cố định", "Đã hủy", "Miễn thực hiện"];

    private static FulfilmentScope GiaLai2025To2026() => new()
    {
        HomeProvince = "provinces/VN-30",
        PeriodStart = new Google.Type.Date { Year = 2025, Month = 1, Day = 1 },
        PeriodEnd = new Google.Type.Date { Year = 2026, Month = 12, Day = 31 },
    };

    [Fact]
    public async Task An_auditor_gets_the_same_counts_as_gRPC_CSV_and_XLSX()
    {
        var token = await TokenRequests.AccessTokenAsync(stack.TokenUrl, TokenRequests.DevClients.Single(c => c.ClientId == "vn30-so-noi-vu"));
        using var channel = stack.Channel(token);
        var client = new FulfilmentService.FulfilmentServiceClient(channel);

        var report = (await client.GetFulfilmentReportAsync(new GetFulfilmentReportRequest { Scope = GiaLai2025To2026() })).Report;
        // The seeded documents give Gia Lai dated tasks in 2025–2026, so the report is not empty.
        Assert.True(report.Total.Total.Count > 0, "the seeded commitments with deadlines in 2025–2026 are counted");
        Assert.NotEmpty(report.ByLeadAgency);

        var csv = ExportedTables.ReadCsv(await ExportAsync(client, ExportFormat.Csv));
        Assert.Equal(Counts(report.Total), RowCounts(csv.Single(r => r["section"] == "total"), Figures));
        Assert.Equal(Counts(report.KeyTasks), RowCounts(csv.Single(r => r["section"] == "key_tasks"), Figures));
        Assert.Equal(report.Total.DoneOfTotal, csv.Single(r => r["section"] == "total")["done_of_total"]);
        foreach (var agency in report.ByLeadAgency)
            Assert.Equal(Counts(agency.Figures), RowCounts(csv.Single(r => r["section"] == "lead_agency" && r["agency"] == agency.Agency), Figures));

        // The XLSX's first sheet: all, key tasks, then the lead agencies in the report's order.
        var xlsx = ExportedTables.ReadXlsx(await ExportAsync(client, ExportFormat.Xlsx));
        Assert.Equal(("Toàn bộ", "Nhiệm vụ trọng tâm"), (xlsx[0]["Nội dung"], xlsx[1]["Nội dung"]));
        Assert.Equal(Counts(report.Total), RowCounts(xlsx[0], Headers));
        Assert.Equal(Counts(report.KeyTasks), RowCounts(xlsx[1], Headers));
        Assert.Equal(report.Total.DoneOfTotal, xlsx[0]["Hoàn thành/Tổng số"]);
        for (var i = 0; i < report.ByLeadAgency.Count; i++)
            Assert.Equal(Counts(report.ByLeadAgency[i].Figures), RowCounts(xlsx[2 + i], Headers));
    }

    private static int[] Counts(FulfilmentFigures figures) =>
    [
        figures.Total.Count, figures.DoneOnTime.Count, figures.DoneLate.Count, figures.Overdue.Count,
        figures.NotYetDue.Count, figures.Open.Count, figures.Cancelled.Count, figures.Waived.Count,
    ];

    private static int[] RowCounts(Dictionary<string, string> row, string[] columns) =>
        [.. columns.Select(f => int.Parse(row[f], CultureInfo.InvariantCulture))];

    private static async Task<byte[]> ExportAsync(FulfilmentService.FulfilmentServiceClient client, ExportFormat format)
    {
        using var call = client.ExportFulfilmentReport(new ExportFulfilmentReportRequest { Scope = GiaLai2025To2026(), Format = format });
        var file = new MemoryStream();
        await foreach (var chunk in call.ResponseStream.ReadAllAsync())
            chunk.Data.WriteTo(file);
        return file.ToArray();
    }
}
