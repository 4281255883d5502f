using System.Globalization;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Fulfilment;
using Google.Protobuf.WellKnownTypes;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Tests.Fulfilment;

/// <summary>The CSV writer and the chunked sending without a server: what they write reads back to the report's figures.</summary>
public class FulfilmentExportTests
{
    private static FulfilmentReport Report()
    {
        static FulfilmentFigures Figures(int onTime, int late, int overdue, string doneOfTotal) => new()
        {
            Total = new() { Count = onTime + late + overdue },
            DoneOnTime = new() { Count = onTime },
            DoneLate = new() { Count = late },
            Overdue = new() { Count = overdue },
            NotYetDue = new(),
            Open = new(),
            Cancelled = new(),
            Waived = new(),
            OnTimeRate = (double)onTime / (onTime + late + overdue),
            DoneRate = (double)(onTime + late) / (onTime + late + overdue),
            OverdueRate = (double)overdue / (onTime + late + overdue),
            DoneOfTotal = doneOfTotal,
        };
        return new FulfilmentReport
        {
            Scope = new FulfilmentScope { HomeProvince = "provinces/VN-30", PeriodStart = new Date { Year = 2026, Month = 5, Day = 1 }, PeriodEnd = new Date { Year = 2026, Month = 6, Day = 30 } },
            AsOf = Timestamp.FromDateTime(new DateTime(2026, 6, 15, 10, 0, 0, DateTimeKind.Utc)),
            Total = Figures(2, 1, 3, "03/06"),
            KeyTasks = Figures(1, 0, 2, "01/03"),
            ByLeadAgency =
            {
                new AgencyFulfilment { Agency = "agencies/a", Figures = Figures(2, 0, 1, "02/03") },
                new AgencyFulfilment { Agency = "agencies/b", Figures = Figures(0, 1, 2, "01/03") },
            },
            Recurring =
            {
                new RecurringPeriod { Period = new Date { Year = 2026, Month = 5, Day = 1 }, Due = new() { Count = 3 }, Met = new() { Count = 1 }, MetLate = new() { Count = 1 }, Missed = new() { Count = 1 }, Pending = new() },
            },
        };
    }

    // A name with a comma, quotes and a line break must survive.
    private static readonly Dictionary<string, string> Names = new() { ["agencies/a"] = "Sở Ngoại vụ, \"đầu mối\"\ntỉnh Gia Lai", ["agencies/b"] = "Sở Công Thương" };

    private static async Task<byte[]> Write(Func<IEnumerable<object?[]>, Stream, CancellationToken, Task> writer)
    {
        using var output = new MemoryStream();
        await writer(FulfilmentExport.Rows(Report(), Names), output, CancellationToken.None);
        return output.ToArray();
    }

    [Fact]
    public async Task A_CSV_file_reads_back_to_the_report()
    {
        var rows = ExportFiles.ReadCsv(await Write(FulfilmentExport.WriteCsvAsync));
        Assert.Equal(["total", "key_tasks", "lead_agency", "lead_agency", "recurring"], rows.Select(r => r["section"]).ToArray());
        Assert.Equal(("6", "2", "1", "3", "03/06"), (rows[0]["total"], rows[0]["done_on_time"], rows[0]["done_late"], rows[0]["overdue"], rows[0]["done_of_total"]));
        Assert.Equal((0.5).ToString("R", CultureInfo.InvariantCulture), rows[0]["overdue_rate"]);
        Assert.Equal(("3", "01/03"), (rows[1]["total"], rows[1]["done_of_total"]));
        Assert.Equal(("agencies/a", Names["agencies/a"], "02/03"), (rows[2]["agency"], rows[2]["agency_name"], rows[2]["done_of_total"]));
        Assert.Equal(("agencies/b", "Sở Công Thương", "2"), (rows[3]["agency"], rows[3]["agency_name"], rows[3]["overdue"]));
        Assert.Equal(("2026-05-01", "3", "1", "1", "1", "0"), (rows[4]["period"], rows[4]["due"], rows[4]["met"], rows[4]["met_late"], rows[4]["missed"], rows[4]["pending"]));
        Assert.All(rows, r => Assert.Equal("2026-06-15T10:00:00.000000Z", r["as_of"]));
        Assert.Equal("2026-05-01/2026-06-30", rows[0]["period"]);
    }

    [Fact]
    public void Csv_fields_are_quoted_as_RFC_4180_says()
    {
        Assert.Equal("plain", FulfilmentExport.Quote("plain"));
        Assert.Equal("\"a,b\"", FulfilmentExport.Quote("a,b"));
        Assert.Equal("\"say \"\"hi\"\"\"", FulfilmentExport.Quote("say \"hi\""));
        Assert.Equal("\"two\r\nlines\"", FulfilmentExport.Quote("two\r\nlines"));
    }

    [Fact]
    public async Task A_file_is_sent_in_chunks_while_it_is_written()
    {
        // The writer writes 1 MiB in 8 KiB pieces; at every chunk sent, what was written but not
        // sent stays within the pipe's pause threshold plus one piece: the file is never whole in memory.
        const int piece = 8 * 1024, total = 1024 * 1024;
        long written = 0, sent = 0, mostAhead = 0;
        var sizes = new List<int>();
        await ChunkedFile.SendAsync(async (stream, token) =>
        {
            var bytes = new byte[piece];
            for (var i = 0; i < total / piece; i++)
            {
                Array.Fill(bytes, (byte)i);
                await stream.WriteAsync(bytes, token);
                Interlocked.Add(ref written, piece);
            }
        }, chunk =>
        {
            sizes.Add(chunk.Length);
            Assert.Equal((byte)(sent / piece), chunk.Span[0]);
            sent += chunk.Length;
            mostAhead = Math.Max(mostAhead, Interlocked.Read(ref written) - sent);
            return Task.Delay(1);
        }, CancellationToken.None);
        Assert.Equal(total, sent);
        Assert.Equal(total / ChunkedFile.ChunkSize, sizes.Count);
        Assert.All(sizes, s => Assert.Equal(ChunkedFile.ChunkSize, s));
        Assert.True(mostAhead <= ChunkedFile.PauseThreshold + piece + ChunkedFile.ChunkSize, $"the writer ran {mostAhead} bytes ahead");
    }

    [Fact]
    public async Task A_failing_writer_fails_the_send()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ChunkedFile.SendAsync(
            (_, _) => throw new InvalidOperationException("broken"), _ => Task.CompletedTask, CancellationToken.None));
        Assert.Equal("broken", error.Message);
    }
}
