using System.CommandLine;
using CoopRegistry.Cli.Import;
using CoopRegistry.Cli.Output;
using CoopRegistry.Cli.Records;
using CoopRegistry.Contracts.V1;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Cli.Commands;

/// <summary>
/// <c>commitments list|show|create|update|report-progress|history</c>, written against the contract
/// (CommitmentService): they work once a registry serves it.
/// </summary>
public static class CommitmentCommands
{
    public static Command Build()
    {
        var kind = RecordKinds.Commitments;
        var command = RecordCommands.For(kind);
        command.Description = "Commitments: who must do what by when, and their progress";
        command.Add(ReportProgress());
        command.Add(History());
        return command;
    }

    private static Command ReportProgress()
    {
        var name = new Argument<string>("name") { Description = "commitments/{id} or the id" };
        var narrative = new Option<string>("--narrative", "-m") { Description = "What was done", Required = true };
        var percent = new Option<int>("--percent") { Description = "Percentage done, 0-100" };
        var evidence = new Option<string[]>("--evidence") { Description = "A URI or record name; repeatable" };
        var from = new Option<string>("--period-start") { Description = "First day reported on (yyyy-mm-dd); default: this month" };
        var to = new Option<string>("--period-end") { Description = "Last day reported on (yyyy-mm-dd)" };
        var command = new Command("report-progress", "Report progress on a commitment (report or manage scope, lead or coordinating agency)")
        {
            name, narrative, percent, evidence, from, to,
        };
        command.SetAction(async (result, ct) =>
        {
            var cells = new List<KeyValuePair<string, string>>
            {
                new("narrative", result.GetValue(narrative)!),
                new("percent_complete", result.GetValue(percent).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("evidence", string.Join(';', result.GetValue(evidence) ?? [])),
                new("period_start", result.GetValue(from) ?? ""),
                new("period_end", result.GetValue(to) ?? ""),
            };
            var errors = new List<FieldError>();
            var json = RowConverter.FromCells(ProgressReport.Descriptor, cells, errors);
            var report = errors.Count == 0 ? (ProgressReport?)RowConverter.ToMessage(ProgressReport.Descriptor, json, errors) : null;
            if (report is null)
                throw new InputException(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
            await using var services = Cli.Services(result);
            var response = await services.GetRequiredService<CommitmentService.CommitmentServiceClient>().ReportProgressAsync(
                new ReportProgressRequest { Name = RecordKinds.Commitments.NameOf(result.GetValue(name)!), Report = report }, cancellationToken: ct);
            Cli.Printer(result).Record(response);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static readonly string[] HistoryColumns = ["report_time", "period_start", "period_end", "percent_complete", "narrative", "reporter_agency"];

    private static Command History()
    {
        var name = new Argument<string>("name") { Description = "commitments/{id} or the id" };
        var command = new Command("history", "A commitment's progress reports, newest first") { name };
        command.SetAction(async (result, ct) =>
        {
            await using var services = Cli.Services(result);
            var client = services.GetRequiredService<CommitmentService.CommitmentServiceClient>();
            var request = new ListProgressReportsRequest { Parent = RecordKinds.Commitments.NameOf(result.GetValue(name)!), PageSize = 1000 };
            var reports = new List<ProgressReport>();
            do
            {
                var page = await client.ListProgressReportsAsync(request, cancellationToken: ct);
                reports.AddRange(page.Reports);
                request.PageToken = page.NextPageToken;
            }
            while (request.PageToken.Length > 0);
            var printer = Cli.Printer(result);
            if (printer.Json)
            {
                var all = new ListProgressReportsResponse();
                all.Reports.AddRange(reports);
                printer.Message(all);
            }
            else
            {
                printer.Table(HistoryColumns, reports.Select(r => (IReadOnlyList<string>)HistoryColumns.Select(c => Cells.Text(r, c)).ToList()),
                    $"{reports.Count} progress reports");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
