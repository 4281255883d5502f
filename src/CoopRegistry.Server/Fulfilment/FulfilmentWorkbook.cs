using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using FulfilmentBucket = CoopRegistry.Domain.Fulfilment.FulfilmentBucket;

namespace CoopRegistry.Server.Fulfilment;

/// <summary>
/// The registry's own XLSX form: a sheet of figures (all, key tasks, each lead agency, each month
/// of recurring obligations; rates as percentages), one sheet per list of commitments — overdue,
/// done late, not yet done, done on time — and a sheet saying what the report covers. Headers,
/// sheet names and states in Vietnamese (ReportTexts.resx), dates as dates shown dd/mm/yyyy.
/// Written by MiniExcel as a stream.
/// </summary>
public sealed class FulfilmentWorkbook(ReportRows words)
{
    private const string DateFormat = "dd/mm/yyyy", PercentFormat = "0.0%";

    /// <summary>A row of the figures sheet; property names are the columns' keys, their headers come from the texts.</summary>
    public sealed class FigureRow
    {
        public string Row { get; init; } = "";
        public int Total { get; init; }
        public int? OnTime { get; init; }
        public int? Late { get; init; }
        public int? Overdue { get; init; }
        public int? NotYetDue { get; init; }
        public int? Open { get; init; }
        public int? Cancelled { get; init; }
        public int? Waived { get; init; }
        public double? OnTimeRate { get; init; }
        public double? DoneRate { get; init; }
        public double? OverdueRate { get; init; }
        public string DoneOfTotal { get; init; } = "";
    }

    /// <summary>A row of a list sheet.</summary>
    public sealed class ListRow
    {
        public int No { get; init; }
        public string Name { get; init; } = "";
        public string Task { get; init; } = "";
        public string KeyTask { get; init; } = "";
        public string Lead { get; init; } = "";
        public string Deadline { get; init; } = "";
        public DateTime? DueDate { get; init; }
        public DateTime? Completed { get; init; }
        public string State { get; init; } = "";
        public int? Percent { get; init; }
        public string Progress { get; init; } = "";
        public DateTime? ReportDate { get; init; }
    }

    /// <summary>A row of the sheet that says what the report covers.</summary>
    public sealed class AboutRow
    {
        public string Key { get; init; } = "";
        public string Value { get; init; } = "";
    }

    public Task WriteAsync(ReportForPeople report, Stream output, CancellationToken cancellationToken)
    {
        var sheets = new Dictionary<string, object>
        {
            [T("SheetFigures")] = Figures(report).ToList(),
            [T("SheetOverdue")] = List(report, FulfilmentBucket.Overdue),
            [T("SheetLate")] = List(report, FulfilmentBucket.DoneLate),
            [T("SheetOpen")] = List(report, FulfilmentBucket.NotYetDue, FulfilmentBucket.Open),
            [T("SheetDone")] = List(report, FulfilmentBucket.DoneOnTime),
            [T("SheetAbout")] = About(report),
        };
        return MiniExcel.SaveAsAsync(output, sheets, excelType: ExcelType.XLSX, configuration: Configuration(), cancellationToken: cancellationToken);
    }

    private IEnumerable<FigureRow> Figures(ReportForPeople report)
    {
        foreach (var line in words.Figures(report))
        {
            var f = line.Figures;
            yield return new FigureRow
            {
                Row = line.Label,
                Total = f.Total.Count,
                OnTime = f.DoneOnTime.Count,
                Late = f.DoneLate.Count,
                Overdue = f.Overdue.Count,
                NotYetDue = f.NotYetDue.Count,
                Open = f.Open.Count,
                Cancelled = f.Cancelled.Count,
                Waived = f.Waived.Count,
                OnTimeRate = f.OnTimeRate,
                DoneRate = f.DoneRate,
                OverdueRate = f.OverdueRate,
                DoneOfTotal = f.DoneOfTotal,
            };
        }
        // A month of recurring obligations: due, met, met late, missed, pending under the same headings.
        foreach (var month in report.Report.Recurring)
        {
            yield return new FigureRow
            {
                Row = words.Recurring(month),
                Total = month.Due.Count,
                OnTime = month.Met.Count,
                Late = month.MetLate.Count,
                Overdue = month.Missed.Count,
                NotYetDue = month.Pending.Count,
            };
        }
    }

    private List<ListRow> List(ReportForPeople report, params FulfilmentBucket[] buckets) =>
    [
        .. report.In(buckets).Select((row, i) => new ListRow
        {
            No = i + 1,
            Name = $"commitments/{row.Id}",
            Task = row.Task,
            KeyTask = row.KeyTask ? T("Yes") : "",
            Lead = row.LeadAgencyName,
            Deadline = words.Deadline(row),
            DueDate = row.DueDate?.ToDateTime(TimeOnly.MinValue),
            Completed = row.CompletedDate?.ToDateTime(TimeOnly.MinValue),
            State = words.State(row, report.AsOfDay),
            Percent = row.Latest?.PercentComplete,
            Progress = row.Latest?.Narrative ?? "",
            ReportDate = row.Latest is { } latest ? ReportRows.ReportDay(latest).ToDateTime(TimeOnly.MinValue) : null,
        }),
    ];

    private List<AboutRow> About(ReportForPeople report) =>
    [
        new() { Key = T("AboutReport"), Value = T("AboutReportValue") },
        new() { Key = T("AboutPeriod"), Value = T("AboutPeriodValue", PeopleFormat.Date(report.PeriodStart), PeopleFormat.Date(report.PeriodEnd)) },
        new() { Key = T("AboutAsOf"), Value = PeopleFormat.Instant(report.AsOf) },
        new() { Key = T("AboutScope"), Value = report.ScopeText },
        new() { Key = T("AboutIssuer"), Value = report.Issuer.Body },
    ];

    private OpenXmlConfiguration Configuration() => new()
    {
        DynamicColumns =
        [
            Column(nameof(FigureRow.Row), "ColumnRow", width: 40),
            Column(nameof(FigureRow.Total), "ColumnTotal"),
            Column(nameof(FigureRow.OnTime), "ColumnOnTime"),
            Column(nameof(FigureRow.Late), "ColumnLate"),
            Column(nameof(FigureRow.Overdue), "ColumnOverdue"),
            Column(nameof(FigureRow.NotYetDue), "ColumnNotYetDue"),
            Column(nameof(FigureRow.Open), "ColumnOpen"),
            Column(nameof(FigureRow.Cancelled), "ColumnCancelled"),
            Column(nameof(FigureRow.Waived), "ColumnWaived"),
            Column(nameof(FigureRow.OnTimeRate), "ColumnOnTimeRate", PercentFormat),
            Column(nameof(FigureRow.DoneRate), "ColumnDoneRate", PercentFormat),
            Column(nameof(FigureRow.OverdueRate), "ColumnOverdueRate", PercentFormat),
            Column(nameof(FigureRow.DoneOfTotal), "ColumnDoneOfTotal"),
            Column(nameof(ListRow.No), "ColumnNo", width: 6),
            Column(nameof(ListRow.Name), "ColumnName", width: 24),
            Column(nameof(ListRow.Task), "ColumnTask", width: 60),
            Column(nameof(ListRow.KeyTask), "ColumnKeyTask"),
            Column(nameof(ListRow.Lead), "ColumnLead", width: 32),
            Column(nameof(ListRow.Deadline), "ColumnDeadline", width: 28),
            Column(nameof(ListRow.DueDate), "ColumnDueDate", DateFormat),
            Column(nameof(ListRow.Completed), "ColumnCompleted", DateFormat),
            Column(nameof(ListRow.State), "ColumnState", width: 28),
            Column(nameof(ListRow.Percent), "ColumnPercent"),
            Column(nameof(ListRow.Progress), "ColumnProgress", width: 60),
            Column(nameof(ListRow.ReportDate), "ColumnReportDate", DateFormat),
            Column(nameof(AboutRow.Key), "AboutKey", width: 20),
            Column(nameof(AboutRow.Value), "AboutValue", width: 80),
        ],
    };

    private DynamicExcelColumn Column(string key, string header, string? format = null, double width = 14) =>
        new(key) { Name = T(header), Format = format, Width = width };

    private string T(string name, params object[] arguments) => words.Texts.Text(name, arguments);
}
