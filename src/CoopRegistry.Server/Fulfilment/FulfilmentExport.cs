using System.Text;
using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Fulfilment;

/// <summary>
/// A fulfilment report as a CSV table for systems (machine-readable column names): one row for the
/// totals, one for the key tasks, one per lead agency, one per month of recurring obligations.
/// Rows are produced lazily and written to a stream as they come. The files for people (XLSX,
/// DOCX) are <see cref="FulfilmentWorkbook"/>, <see cref="FulfilmentTemplate"/> and <see cref="FulfilmentDocument"/>.
/// </summary>
public static class FulfilmentExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The CSV's columns, in order; a row leaves blank what does not apply to its section.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "section", "agency", "agency_name", "period", "as_of",
        "total", "done_on_time", "done_late", "overdue", "not_yet_due", "open", "cancelled", "waived",
        "on_time_rate", "done_rate", "overdue_rate", "done_of_total",
        "due", "met", "met_late", "missed", "pending",
    ];

    /// <summary>Sections of the first column.</summary>
    public const string Total = "total", KeyTasks = "key_tasks", Agency = "lead_agency", Recurring = "recurring";

    /// <summary>The rows of a report; values are strings, ints, doubles or null (blank). Agency names by resource name (`agencies/{id}`).</summary>
    public static IEnumerable<object?[]> Rows(FulfilmentReport report, IReadOnlyDictionary<string, string> agencyNames)
    {
        var asOf = report.AsOf.ToDateTime().ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture);
        var period = $"{Day(report.Scope.PeriodStart)}/{Day(report.Scope.PeriodEnd)}";
        yield return Figures(Total, null, null, period, asOf, report.Total);
        yield return Figures(KeyTasks, null, null, period, asOf, report.KeyTasks);
        foreach (var agency in report.ByLeadAgency)
            yield return Figures(Agency, agency.Agency, agencyNames.GetValueOrDefault(agency.Agency), period, asOf, agency.Figures);
        foreach (var month in report.Recurring)
        {
            var row = new object?[Columns.Count];
            row[0] = Recurring;
            row[3] = Day(month.Period);
            row[4] = asOf;
            row[17] = month.Due.Count;
            row[18] = month.Met.Count;
            row[19] = month.MetLate.Count;
            row[20] = month.Missed.Count;
            row[21] = month.Pending.Count;
            yield return row;
        }
    }

    private static object?[] Figures(string section, string? agency, string? agencyName, string period, string asOf, FulfilmentFigures f) =>
    [
        section, agency, agencyName, period, asOf,
        f.Total.Count, f.DoneOnTime.Count, f.DoneLate.Count, f.Overdue.Count, f.NotYetDue.Count, f.Open.Count, f.Cancelled.Count, f.Waived.Count,
        f.OnTimeRate, f.DoneRate, f.OverdueRate, f.DoneOfTotal,
        null, null, null, null, null,
    ];

    private static string Day(Google.Type.Date date) => $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}";

    /// <summary>CSV (RFC 4180: CRLF lines, fields quoted when they hold a comma, quote or line break), UTF-8 with a BOM.</summary>
    public static async Task WriteCsvAsync(IEnumerable<object?[]> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteAsync(Line(Columns));
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteAsync(Line(row.Select(Format)));
        }
        await writer.FlushAsync(cancellationToken);
    }

    private static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Quote)) + "\r\n";

    /// <summary>Quotes a field that needs it, doubling its quotes.</summary>
    public static string Quote(string field) =>
        field.IndexOfAny(['"', ',', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    private static string Format(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
