using System.CommandLine;
using CoopRegistry.Cli.Output;
using CoopRegistry.Contracts.V1;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Cli.Commands;

/// <summary>
/// <c>extract FILE</c>: the tasks a notice assigns, as the registry's reader proposes them
/// (DirectiveService.ExtractCommitments). Nothing is saved.
/// </summary>
public static class ExtractCommand
{
    private const int TaskWidth = 70;

    public static Command Build()
    {
        var file = new Argument<FileInfo>("file") { Description = "The notice as plain text (UTF-8); - reads standard input" };
        var command = new Command("extract", "Propose the tasks a conclusion notice assigns: lead, coordinators, deadline, section; writes nothing") { file };
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            var text = path.Name == "-" ? await Console.In.ReadToEndAsync(ct) : await File.ReadAllTextAsync(path.FullName, ct);
            await using var services = Cli.Services(result);
            var response = await services.GetRequiredService<DirectiveService.DirectiveServiceClient>()
                .ExtractCommitmentsAsync(new ExtractCommitmentsRequest { Text = text }, cancellationToken: ct);
            Print(Cli.Printer(result), response);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static void Print(Printer printer, ExtractCommitmentsResponse response)
    {
        if (printer.Json)
        {
            printer.Message(response);
            return;
        }
        printer.Table(
            ["#", "section", "lead", "coordinators", "deadline", "confidence", "task", "reasons"],
            response.Drafts.Select((d, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                d.Section,
                Short(d.Commitment.LeadAgency),
                string.Join(", ", d.Commitment.CoordinatingAgencies.Select(Short)),
                d.Commitment.Deadline?.Text ?? "",
                d.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                d.Commitment.Task.Length <= TaskWidth ? d.Commitment.Task : d.Commitment.Task[..TaskWidth] + "…",
                string.Join("; ", d.Reasons),
            ]),
            $"{response.Drafts.Count} drafts");
    }

    private static string Short(string agency) => agency.StartsWith("agencies/", StringComparison.Ordinal) ? agency["agencies/".Length..] : agency;
}
