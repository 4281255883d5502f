using System.Globalization;
using System.Text;
using CoopRegistry.EndToEnd.Tests.Auth;
using CoopRegistry.Testing;

namespace CoopRegistry.EndToEnd.Tests.Clients;

/// <summary>The built CLI for commitments (create, report progress, history) and an auditor's fulfilment report.</summary>
public sealed partial class CliTests
{
    private static readonly TokenRequests.DevClient Auditor = TokenRequests.DevClients.First(c => c.ClientId == "vn30-so-noi-vu");

    private async Task LoginAsync(TokenRequests.DevClient client)
    {
        var login = await cli.RunWithAsync(null, client.ClientSecret + "\n", "login", "--client-id", client.ClientId);
        Assert.True(login.ExitCode == 0, login.ToString());
    }

    [Fact]
    public async Task Foreign_affairs_creates_a_commitment_from_a_file_reports_progress_and_sees_it_in_the_history()
    {
        await LoginAsync(Manager);
        var file = Path.Combine(cli.Folder, "commitment.json");
        File.WriteAllText(file, """
            {"source": {"record": "directives/vn30-tb-ket-luan-doi-ngoai-nq59-2025-09-12", "section": "mục 3"},
             "leadAgency": "agencies/vn30-so-ngoai-vu",
             "task": "Xây dựng kế hoạch đón đoàn công tác tỉnh Ratanakiri (CLI)",
             "deadline": {"text": "chậm nhất ngày 30/6/2027"}}
            """);
        var created = await cli.RunAsync("commitments", "create", "--file", file, "--id", "vn-30-cli-commitment", "--output", "json");
        Assert.True(created.ExitCode == 0, created.ToString());
        var commitment = CoopCli.Json(created);
        Assert.Equal("commitments/vn-30-cli-commitment", commitment.GetProperty("name").GetString());
        Assert.Equal("agencies/vn30-so-ngoai-vu", commitment.GetProperty("leadAgency").GetString());
        Assert.Equal("chậm nhất ngày 30/6/2027", commitment.GetProperty("deadline").GetProperty("text").GetString());

        var reported = await cli.RunAsync("commitments", "report-progress", "vn-30-cli-commitment",
            "--narrative", "Đã gửi công hàm mời đoàn Ratanakiri", "--percent", "40", "--output", "json");
        Assert.True(reported.ExitCode == 0, reported.ToString());
        var report = CoopCli.Json(reported).GetProperty("report");
        Assert.Equal("commitments/vn-30-cli-commitment/progressReports/1", report.GetProperty("name").GetString());
        Assert.Equal(40, report.GetProperty("percentComplete").GetInt32());

        var history = await cli.RunAsync("commitments", "history", "commitments/vn-30-cli-commitment");
        Assert.True(history.ExitCode == 0, history.ToString());
        Assert.Contains("Đã gửi công hàm mời đoàn Ratanakiri", history.Stdout);
        Assert.Contains("1 progress reports", history.Stdout);
        var historyJson = await cli.RunAsync("commitments", "history", "vn-30-cli-commitment", "-o", "json");
        Assert.True(historyJson.ExitCode == 0, historyJson.ToString());
        var reports = CoopCli.Json(historyJson).GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal([("Đã gửi công hàm mời đoàn Ratanakiri", 40, "agencies/vn30-so-ngoai-vu")],
            reports.Select(r => (r.GetProperty("narrative").GetString(), r.GetProperty("percentComplete").GetInt32(), r.GetProperty("reporterAgency").GetString())));

        var shown = await cli.RunAsync("commitments", "show", "vn-30-cli-commitment", "--output", "json");
        Assert.True(shown.ExitCode == 0, shown.ToString());
        var now = CoopCli.Json(shown);
        Assert.Equal(40, now.GetProperty("percentComplete").GetInt32());
        Assert.Equal("COMMITMENT_STATE_IN_PROGRESS", now.GetProperty("state").GetString());

        var table = await cli.RunAsync("commitments", "show", "vn-30-cli-commitment");
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("Xây dựng kế hoạch đón đoàn", table.Stdout);
    }

    [Fact]
    public async Task An_auditor_gets_the_fulfilment_report_as_a_table_JSON_CSV_and_XLSX_with_the_same_total()
    {
        await LoginAsync(Auditor);
        string[] period = ["--home-province", "VN-30", "--from", "2025-01-01", "--to", "2026-12-31"];

        var json = await cli.RunAsync(["fulfilment", "report", .. period, "--output", "json"]);
        Assert.True(json.ExitCode == 0, json.ToString());
        var report = CoopCli.Json(json);
        var total = report.GetProperty("total").GetProperty("total").GetProperty("count").GetInt32();
        Assert.True(total > 0, json.Stdout);
        var leadAgency = report.GetProperty("byLeadAgency")[0].GetProperty("agency").GetString()!;

        var table = await cli.RunAsync(["fulfilment", "report", .. period]);
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("on-time rate", table.Stdout);
        Assert.Contains(leadAgency, table.Stdout);
        Assert.Contains("2025-01-01 … 2026-12-31", table.Stdout);

        var csvPath = Path.Combine(cli.Folder, "fulfilment.csv");
        var csv = await cli.RunAsync(["fulfilment", "report", .. period, "--export", "csv", "--out", csvPath]);
        Assert.True(csv.ExitCode == 0, csv.ToString());
        Assert.True(File.Exists(csvPath), csv.ToString());
        Assert.Contains("Wrote", csv.Stdout);
        var csvBytes = File.ReadAllBytes(csvPath);
        Assert.True(csvBytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "the CSV starts with a UTF-8 byte-order mark");
        var totalRow = ExportedTables.ReadCsv(csvBytes).Single(r => r["section"] == "total");
        Assert.Equal(total, int.Parse(totalRow["total"], CultureInfo.InvariantCulture));

        var xlsxPath = Path.Combine(cli.Folder, "fulfilment.xlsx");
        var xlsx = await cli.RunAsync(["fulfilment", "report", .. period, "--export", "xlsx", "--out", xlsxPath, "--output", "json"]);
        Assert.True(xlsx.ExitCode == 0, xlsx.ToString());
        Assert.True(File.Exists(xlsxPath), xlsx.ToString());
        var xlsxBytes = File.ReadAllBytes(xlsxPath);
        Assert.True(xlsxBytes.AsSpan().StartsWith("PK"u8), "an XLSX file is a zip");
        var written = CoopCli.Json(xlsx);
        Assert.Equal(xlsxPath, written.GetProperty("file").GetString());
        Assert.Equal(xlsxBytes.Length, written.GetProperty("bytes").GetInt64());
    }
}
