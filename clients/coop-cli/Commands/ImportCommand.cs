using System.CommandLine;
using System.Text.Json.Nodes;
using CoopRegistry.Cli.Import;
using CoopRegistry.Cli.Records;
using Grpc.Core;
using Spectre.Console;

namespace CoopRegistry.Cli.Commands;

/// <summary><c>import FILE --kind K</c>: bulk create/update by the records' names given in the file.</summary>
public static class ImportCommand
{
    public static Command Build()
    {
        var file = new Argument<FileInfo>("file") { Description = "A JSON array of records (protobuf JSON, as seeds/*.json) or CSV whose header row names the fields" };
        var kindOption = new Option<string>("--kind", "-k") { Description = "agreements, plans, events, directives or commitments", Required = true };
        kindOption.AcceptOnlyFromAmong(RecordKinds.All.Select(k => k.Collection).ToArray());
        var command = new Command("import", "Create or update records from a file. Each row names its record (name `agreements/{id}`, or column name/id): an unknown one is created with that id, a known one updated where the row differs, or skipped; a re-run creates nothing twice. Exit 4 when any row is refused.")
        {
            file, kindOption,
        };
        command.SetAction(async (result, ct) =>
        {
            var printer = Cli.Printer(result);
            var kind = RecordKinds.Find(result.GetValue(kindOption)!)!;
            var path = result.GetValue(file)!;
            if (!path.Exists)
                throw new NotFoundException($"{path.FullName} does not exist");
            var rows = ImportFile.Read(path.FullName, kind.Descriptor);
            await using var services = Cli.Services(result);
            var importer = new Importer(kind, services);
            var outcomes = new List<ImportOutcome>();
            RpcException? stopped = null;

            async Task RunAsync(Action advance)
            {
                foreach (var row in rows)
                {
                    try
                    {
                        outcomes.Add(await importer.ImportAsync(row, ct));
                    }
                    catch (RpcException e)
                    {
                        // Unavailable, unauthenticated or a bug: the rest would fail the same way.
                        stopped = e;
                        return;
                    }
                    advance();
                }
            }

            if (!printer.Json && printer.Console.Profile.Capabilities.Interactive)
            {
                await printer.Console.Progress().StartAsync(async context =>
                {
                    var task = context.AddTask($"importing {path.Name}", maxValue: Math.Max(rows.Count, 1));
                    await RunAsync(() => task.Increment(1));
                });
            }
            else
            {
                await RunAsync(() => { });
            }
            Report(printer, kind, path.Name, outcomes);
            if (stopped is not null)
            {
                Console.Error.WriteLine($"coop: stopped after {outcomes.Count} of {rows.Count} rows: {Cli.Describe(stopped)}");
                return ExitCodes.For(stopped);
            }
            return outcomes.Any(o => o.Result == ImportResult.Refused) ? ExitCodes.Refused : ExitCodes.Ok;
        });
        return command;
    }

    private static void Report(Output.Printer printer, RecordKind kind, string file, List<ImportOutcome> outcomes)
    {
        int Count(ImportResult r) => outcomes.Count(o => o.Result == r);
        if (printer.Json)
        {
            var json = new JsonObject
            {
                ["file"] = file,
                ["kind"] = kind.Collection,
                ["created"] = Count(ImportResult.Created),
                ["updated"] = Count(ImportResult.Updated),
                ["skipped"] = Count(ImportResult.Skipped),
                ["refused"] = Count(ImportResult.Refused),
                ["rows"] = new JsonArray(outcomes.Select(o => (JsonNode)new JsonObject
                {
                    ["line"] = o.Line,
                    ["name"] = o.Name,
                    ["result"] = o.Result.ToString().ToLowerInvariant(),
                    ["changedFields"] = new JsonArray(o.ChangedFields.Select(f => (JsonNode)JsonValue.Create(f)).ToArray()),
                    ["errors"] = new JsonArray(o.Errors.Select(e => (JsonNode)new JsonObject { ["field"] = e.Field, ["message"] = e.Message }).ToArray()),
                }).ToArray()),
            };
            printer.Raw(json);
            return;
        }
        var refused = outcomes.Where(o => o.Result == ImportResult.Refused).ToList();
        if (refused.Count > 0)
        {
            printer.Table(["line", "record", "field", "refused because"],
                refused.SelectMany(o => o.Errors.Select(e => (IReadOnlyList<string>)[o.Line.ToString(), o.Name, e.Field, e.Message])));
        }
        printer.Console.MarkupLine(
            $"{Markup.Escape(file)}: [green]{Count(ImportResult.Created)} created[/], [blue]{Count(ImportResult.Updated)} updated[/], " +
            $"{Count(ImportResult.Skipped)} skipped (unchanged), [red]{Count(ImportResult.Refused)} refused[/]");
    }
}
