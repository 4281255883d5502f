using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Deadlines;
using CoopRegistry.Server.Fulfilment;
using static CoopRegistry.Server.Tests.Fulfilment.FulfilmentDataset;

namespace CoopRegistry.Server.Tests.Fulfilment;

/// <summary>
/// The exports people read, over <see cref="FulfilmentDataset"/> as of mid-June 2026 (15/06 17:00
/// local), opened with the Open XML SDK. Then: c1 done on time (08/05); c2 (≤20/5), c3 (≤10/6,
/// 50 % reported 05/06) and c8 (≤14/6) overdue; c4 (≤30/6) not yet due; c5 tentative (open);
/// c6 cancelled. Owed 6, so the on-time rate is 1/6 and the overdue rate 3/6. Issued by Sở Ngoại vụ.
/// </summary>
public class ReadableExportTests(FulfilmentDataset data) : IClassFixture<FulfilmentDataset>
{
    private static readonly DateTime MidJune = Utc(2026, 6, 15, 10);

    private async Task<(byte[] File, ExportFulfilmentReportResponse First)> ExportAsync(ExportFormat format, string template = "")
    {
        using var call = data.Client(TestCallers.ForeignAffairs).ExportFulfilmentReport(
            new ExportFulfilmentReportRequest { Scope = data.Scope(MidJune), Format = format, Template = template });
        var chunks = new List<ExportFulfilmentReportResponse>();
        await foreach (var chunk in call.ResponseStream.ReadAllAsync())
            chunks.Add(chunk);
        return (chunks.SelectMany(c => c.Data.ToByteArray()).ToArray(), chunks[0]);
    }

    private static string Written(string phrase) => DeadlineParser.Parse(phrase).Describe();

    [Fact]
    public async Task The_DOCX_is_an_administrative_document_with_the_figures_and_the_lists()
    {
        var (file, first) = await ExportAsync(ExportFormat.Docx);
        Assert.Equal(FulfilmentGrpcService.DocxContentType, first.ContentType);
        Assert.Equal("bao-cao-ket-qua-thuc-hien-20260615.docx", first.FileName);
        Assert.Empty(OpenXmlFiles.ValidationErrors(file));
        var (paragraphs, tables, section) = OpenXmlFiles.Docx(file);

        // A4 portrait, margins 20/20/30/15 mm.
        var size = section.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageSize>()!;
        var margin = section.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageMargin>()!;
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value));
        Assert.Equal((1134, 1134, 1701U, 851U), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));

        // Issuing body and number top left, national title, motto, place and date top right.
        Assert.Equal(["UBND TỈNH GIA LAI\nSỞ NGOẠI VỤ\nSố:        /BC-SNV", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nGia Lai, ngày 15 tháng 6 năm 2026"], tables[0][0]);
        Assert.Contains("BÁO CÁO", paragraphs);
        Assert.Contains("Kết quả thực hiện nhiệm vụ hợp tác quốc tế từ ngày 01/05/2026 đến ngày 30/06/2026", paragraphs);
        Assert.Contains("Kỳ báo cáo: từ ngày 01/05/2026 đến ngày 30/06/2026; số liệu tính đến 15/06/2026 17:00 (giờ Việt Nam).", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Trong kỳ có 7 nhiệm vụ đến hạn: hoàn thành đúng hạn 1, hoàn thành trễ hạn 0, quá hạn 3,", StringComparison.Ordinal));
        Assert.Contains("Đã hoàn thành 01/03 nhiệm vụ trọng tâm (hoàn thành/tổng số), trong đó quá hạn 2.", paragraphs);

        // Figures with rates as percentages (a no-break space before the sign): all, key tasks, then the lead agencies by name.
        var figures = tables[1];
        Assert.Equal(["Nội dung", "Tổng số", "Hoàn thành/Tổng số", "Đúng hạn", "Trễ hạn", "Quá hạn", "Chưa đến hạn", "Tỷ lệ đúng hạn"], figures[0]);
        Assert.Equal(["Toàn bộ", "7", "01/07", "1", "0", "3", "1", "16,7\u00A0%"], figures[1]);
        Assert.Equal(["Nhiệm vụ trọng tâm", "3", "01/03", "1", "0", "2", "0", "33,3\u00A0%"], figures[2]);
        Assert.Equal(["Sở Công Thương tỉnh Gia Lai", "Sở Ngoại vụ tỉnh Gia Lai", "Sở Tài chính tỉnh Gia Lai"], figures.Skip(3).Select(r => r[0]).ToArray());
        // Recurring months: May (r1 met, r2 missed), June (both pending as of mid-June).
        Assert.Equal(["05/2026", "2", "1", "0", "1", "0"], tables[2][1]);

        // Overdue, soonest deadline first, each with its task, lead, deadline as written, state and latest progress.
        var overdue = tables[3];
        Assert.Equal(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng", "Tiến độ mới nhất"], overdue[0]);
        Assert.Equal(["1", "Nhiệm vụ c2", "Sở Ngoại vụ tỉnh Gia Lai", Written("chậm nhất ngày 20/5/2026"), "Quá hạn 26 ngày", "Chưa có báo cáo tiến độ"], overdue[1]);
        Assert.Equal(["2", "Nhiệm vụ c3", "Sở Ngoại vụ tỉnh Gia Lai", Written("chậm nhất ngày 10/6/2026"), "Quá hạn 5 ngày", "50 % (05/06/2026): Đã báo cáo"], overdue[2]);
        Assert.Equal(["3", "Nhiệm vụ c8", "Sở Tài chính tỉnh Gia Lai", Written("chậm nhất ngày 14/6/2026"), "Quá hạn 1 ngày", "Chưa có báo cáo tiến độ"], overdue[3]);
        Assert.Equal(4, overdue.Count);
        // None done late as of then (c2's completion was accepted on 20/06); c4 not yet due, c5 without a firm deadline.
        var late = paragraphs.IndexOf("2. Nhiệm vụ hoàn thành trễ hạn");
        Assert.Equal("Không có.", paragraphs[late + 1]);
        var notYetDue = tables[4];
        Assert.Equal(["Nhiệm vụ c4", "Chưa đến hạn (còn 15 ngày)"], new[] { notYetDue[1][1], notYetDue[1][4] });
        Assert.Equal(["Nhiệm vụ c5", "Chưa có thời hạn cố định"], new[] { notYetDue[2][1], notYetDue[2][4] });

        // Recipients bottom left, the signer's capacity bottom right.
        Assert.Equal(["Nơi nhận:\n- UBND tỉnh (để báo cáo);\n- Các cơ quan chủ trì nhiệm vụ;\n- Lưu: VT, SNV.", "GIÁM ĐỐC\n(Ký, ghi rõ họ tên)"], tables[^1][0]);
    }

    [Fact]
    public async Task The_XLSX_has_a_sheet_of_figures_and_one_per_list_in_Vietnamese()
    {
        var (file, first) = await ExportAsync(ExportFormat.Xlsx);
        Assert.Equal(FulfilmentExport.XlsxContentType, first.ContentType);
        Assert.Equal("bao-cao-ket-qua-thuc-hien-20260615.xlsx", first.FileName);
        var sheets = OpenXmlFiles.Sheets(file);
        Assert.Equal(["Số liệu", "Quá hạn", "Hoàn thành trễ hạn", "Đang thực hiện", "Hoàn thành đúng hạn", "Thông tin"], sheets.Select(s => s.Name).ToArray());

        var figures = OpenXmlFiles.Table(sheets[0].Rows);
        var all = figures[0];
        Assert.Equal(("Toàn bộ", 7.0, 1.0, 3.0, "01/07"), (all["Nội dung"].Text, all["Tổng số"].Number, all["Đúng hạn"].Number, all["Quá hạn"].Number, all["Hoàn thành/Tổng số"].Text));
        // Rates are numbers shown as percentages.
        Assert.Equal((1 / 6.0, "0.0%"), (all["Tỷ lệ đúng hạn"].Number!.Value, all["Tỷ lệ đúng hạn"].Format));
        Assert.Equal((0.5, "0.0%"), (all["Tỷ lệ quá hạn"].Number!.Value, all["Tỷ lệ quá hạn"].Format));
        Assert.Contains(figures, r => r["Nội dung"].Text == "Nhiệm vụ định kỳ tháng 06/2026" && r["Tổng số"].Number == 2 && r["Chưa đến hạn"].Number == 2);

        var overdue = OpenXmlFiles.Table(sheets[1].Rows);
        Assert.Equal(["commitments/c2", "commitments/c3", "commitments/c8"], overdue.Select(r => r["Mã nhiệm vụ"].Text).ToArray());
        var c3 = overdue[1];
        Assert.Equal(("Nhiệm vụ c3", "Có", "Sở Ngoại vụ tỉnh Gia Lai", Written("chậm nhất ngày 10/6/2026"), "Quá hạn 5 ngày"),
            (c3["Nhiệm vụ"].Text, c3["Trọng tâm"].Text, c3["Cơ quan chủ trì"].Text, c3["Thời hạn"].Text, c3["Tình trạng"].Text));
        // Dates are dates, shown dd/mm/yyyy.
        Assert.Equal((new DateTime(2026, 6, 10).ToOADate(), "dd/mm/yyyy"), (c3["Hạn cuối"].Number!.Value, c3["Hạn cuối"].Format));
        Assert.Equal((50.0, "Đã báo cáo", new DateTime(2026, 6, 5).ToOADate()), (c3["Tiến độ (%)"].Number!.Value, c3["Tiến độ mới nhất"].Text, c3["Ngày báo cáo"].Number!.Value));

        Assert.Empty(OpenXmlFiles.Table(sheets[2].Rows));
        Assert.Equal(["Nhiệm vụ c4", "Nhiệm vụ c5"], OpenXmlFiles.Table(sheets[3].Rows).Select(r => r["Nhiệm vụ"].Text).ToArray());
        var done = Assert.Single(OpenXmlFiles.Table(sheets[4].Rows));
        Assert.Equal(("Nhiệm vụ c1", new DateTime(2026, 5, 8).ToOADate(), "Hoàn thành đúng hạn ngày 08/05/2026"), (done["Nhiệm vụ"].Text, done["Ngày hoàn thành"].Number!.Value, done["Tình trạng"].Text));
        var about = OpenXmlFiles.Table(sheets[5].Rows).ToDictionary(r => r["Mục"].Text, r => r["Nội dung"].Text);
        Assert.Equal(("Từ ngày 01/05/2026 đến ngày 30/06/2026", "15/06/2026 17:00", "SỞ NGOẠI VỤ"), (about["Kỳ báo cáo"], about["Số liệu tính đến"], about["Cơ quan lập"]));
    }

    [Fact]
    public async Task A_department_form_is_filled_by_name()
    {
        var (file, first) = await ExportAsync(ExportFormat.Xlsx, "mau-bao-cao-tien-do");
        Assert.Equal(FulfilmentExport.XlsxContentType, first.ContentType);
        var rows = Assert.Single(OpenXmlFiles.Sheets(file)).Rows;
        Assert.DoesNotContain(rows.SelectMany(r => r), c => c.Text.Contains("{{", StringComparison.Ordinal));
        Assert.Equal("SỞ NGOẠI VỤ", rows[0][0].Text);
        Assert.Equal("Kỳ báo cáo: từ ngày 01/05/2026 đến ngày 30/06/2026; số liệu tính đến 15/06/2026 17:00", rows[2][0].Text);
        // The figures' row under its headers: numbers stay numbers, rates keep the form's percentage format.
        var header = rows.FindIndex(r => r.Count > 0 && r[0].Text == "Tổng số");
        Assert.Equal([7.0, 1.0, 0.0, 3.0, 1.0], rows[header + 1].Take(5).Select(c => c.Number!.Value).ToArray());
        Assert.Equal((1 / 6.0, "0.0%"), (rows[header + 1][6].Number!.Value, rows[header + 1][6].Format));
        Assert.Equal("01/03", rows[header + 1][7].Text);
        // One row per lead agency and per overdue commitment.
        Assert.Equal(3, rows.Count(r => r.Count > 0 && r[0].Text.StartsWith("Sở ", StringComparison.Ordinal)));
        var c3 = rows.Single(r => r.Count > 1 && r[1].Text == "Nhiệm vụ c3");
        Assert.Equal(["2", "Nhiệm vụ c3", "Sở Ngoại vụ tỉnh Gia Lai", Written("chậm nhất ngày 10/6/2026"), "Quá hạn 5 ngày", "50 % (05/06/2026): Đã báo cáo"], c3.Select(c => c.Text).ToArray());
    }

    [Fact]
    public async Task A_form_must_be_one_the_registry_has_and_only_for_XLSX()
    {
        await RpcAssert.InvalidFieldAsync("template", () => ExportAsync(ExportFormat.Xlsx, "khong-co"));
        await RpcAssert.InvalidFieldAsync("template", () => ExportAsync(ExportFormat.Xlsx, "../agencies"));
        await RpcAssert.InvalidFieldAsync("template", () => ExportAsync(ExportFormat.Docx, "mau-bao-cao-tien-do"));
    }
}
