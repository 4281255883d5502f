using System.CommandLine;
using System.Globalization;
using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Cli.Commands;

/// <summary><c>fulfilment report</c>, as a table, JSON, or a CSV/XLSX/DOCX file; written against the contract (FulfilmentService).</summary>
public static class FulfilmentCommands
{
    public static Command Build()
    {
        var homeProvince = new Option<string>("--home-province") { Description = "VN-30 or provinces/VN-30: commitments it keeps" };
        var agency = new Option<string>("--agency") { Description = "An agency id: commitments it leads" };
        var partner = new Option<string>("--partner-province") { Description = "KH-16 or provinces/KH-16" };
        var source = new Option<string>("--source") { Description = "A source record, e.g. directives/{id}" };
        var from = new Option<string>("--from") { Description = "First local day of the period (yyyy-mm-dd)", Required = true };
        var to = new Option<string>("--to") { Description = "Last local day of the period (yyyy-mm-dd)", Required = true };
        var asOf = new Option<DateTimeOffset?>("--as-of") { Description = "Compute as the registry stood then (RFC 3339)" };
        var export = new Option<string>("--export") { Description = "csv (for systems), xlsx or docx (for people): write the report as a file" };
        export.AcceptOnlyFromAmong("csv", "xlsx", "docx");
        var template = new Option<string>("--template") { Description = "With --export xlsx: fill this department form of the registry (seeds/templates/{name}.xlsx)" };
        var output = new Option<FileInfo>("--out") { Description = "The exported file (default: the name the registry suggests)" };
        var report = new Command("report", "Fulfilment: done on time, late, overdue, per lead agency and recurring month")
        {
            homeProvince, agency, partner, source, from, to, asOf, export, template, output,
        };
        report.SetAction(async (result, ct) =>
        {
            var scope = new FulfilmentScope
            {
                HomeProvince = Prefixed("provinces/", result.GetValue(homeProvince)),
                Agency = Prefixed("agencies/", result.GetValue(agency)),
                PartnerProvince = Prefixed("provinces/", result.GetValue(partner)),
                Source = result.GetValue(source) ?? "",
                PeriodStart = Date(result.GetValue(from)!, "--from"),
                PeriodEnd = Date(result.GetValue(to)!, "--to"),
            };
            if (result.GetValue(asOf) is { } instant)
                scope.AsOf = Timestamp.FromDateTimeOffset(instant);
            await using var services = Cli.Services(result);
            var client = services.GetRequiredService<FulfilmentService.FulfilmentServiceClient>();
            var printer = Cli.Printer(result);
            if (result.GetValue(export) is { } format)
            {
                var exportFormat = format switch { "xlsx" => ExportFormat.Xlsx, "docx" => ExportFormat.Docx, _ => ExportFormat.Csv };
                var file = await ExportAsync(client, new ExportFulfilmentReportRequest { Scope = scope, Format = exportFormat, Template = result.GetValue(template) ?? "" }, format, result.GetValue(output), ct);
                printer.Line($"Wrote {file.FullName} ({file.Length} bytes)");
                if (printer.Json)
                    printer.Raw(new System.Text.Json.Nodes.JsonObject { ["file"] = file.FullName, ["bytes"] = file.Length });
                return ExitCodes.Ok;
            }
            var response = await client.GetFulfilmentReportAsync(new GetFulfilmentReportRequest { Scope = scope }, cancellationToken: ct);
            if (printer.Json)
            {
                printer.Message(response.Report);
                return ExitCodes.Ok;
            }
            var rows = new List<IReadOnlyList<string>> { Row("all", response.Report.Total), Row("key tasks", response.Report.KeyTasks) };
            rows.AddRange(response.Report.ByLeadAgency.Select(a => Row(a.Agency, a.Figures)));
            printer.Table(["", "total", "on time", "late", "overdue", "not yet due", "open", "cancelled", "waived", "done", "on-time rate"], rows,
                $"{scope.PeriodStart.Year:0000}-{scope.PeriodStart.Month:00}-{scope.PeriodStart.Day:00} … {scope.PeriodEnd.Year:0000}-{scope.PeriodEnd.Month:00}-{scope.PeriodEnd.Day:00}");
            if (response.Report.Recurring.Count > 0)
            {
                printer.Table(["month", "due", "met", "met late", "missed", "pending"], response.Report.Recurring.Select(r => (IReadOnlyList<string>)
                [
                    $"{r.Period.Year:0000}-{r.Period.Month:00}", N(r.Due), N(r.Met), N(r.MetLate), N(r.Missed), N(r.Pending),
                ]));
            }
            return ExitCodes.Ok;
        });
        var command = new Command("fulfilment", "Fulfilment reports for auditors and the People's Committee") { report };
        return command;
    }

    private static async Task<FileInfo> ExportAsync(FulfilmentService.FulfilmentServiceClient client, ExportFulfilmentReportRequest request, string extension, FileInfo? output, CancellationToken ct)
    {
        using var call = client.ExportFulfilmentReport(request, deadline: DateTime.UtcNow.AddMinutes(5), cancellationToken: ct);
        FileStream? stream = null;
        string? path = output?.FullName;
        try
        {
            await foreach (var chunk in call.ResponseStream.ReadAllAsync(ct))
            {
                if (stream is null)
                {
                    path ??= Path.GetFullPath(chunk.FileName.Length > 0 ? Path.GetFileName(chunk.FileName) : $"fulfilment.{extension}");
                    stream = File.Create(path);
                }
                chunk.Data.WriteTo(stream);
            }
            path ??= output?.FullName ?? Path.GetFullPath($"fulfilment.{extension}");
            stream ??= File.Create(path);
        }
        finally
        {
            if (stream is not null)
                await stream.DisposeAsync();
        }
        return new FileInfo(path);
    }

    private static IReadOnlyList<string> Row(string label, FulfilmentFigures f) =>
    [
        label, N(f.Total), N(f.DoneOnTime), N(f.DoneLate), N(f.Overdue), N(f.NotYetDue), N(f.Open), N(f.Cancelled), N(f.Waived),
        f.DoneOfTotal, f.OnTimeRate.ToString("P0", CultureInfo.InvariantCulture),
    ];

    private static string N(FulfilmentFigure? figure) => (figure?.Count ?? 0).ToString(CultureInfo.InvariantCulture);

    private static string Prefixed(string prefix, string? value) =>
        string.IsNullOrEmpty(value) ? "" : value.StartsWith(prefix, StringComparison.Ordinal) ? value : prefix + value;

    private static Google.Type.Date Date(string text, string option) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new Google.Type.Date { Year = d.Year, Month = d.Month, Day = d.Day }
            : throw new UsageException($"{option} {text}: expected yyyy-mm-dd");
}
