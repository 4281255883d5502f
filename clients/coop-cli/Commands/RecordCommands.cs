using System.CommandLine;
using System.Text.Json.Nodes;
using CoopRegistry.Cli.Import;
using CoopRegistry.Cli.Output;
using CoopRegistry.Cli.Records;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Cli.Commands;

/// <summary><c>{collection} list|show|create|update</c> for any record kind.</summary>
public static class RecordCommands
{
    public static Command For(RecordKind kind)
    {
        var command = new Command(kind.Collection, $"The register's {kind.Collection}");
        command.Add(List(kind));
        command.Add(Show(kind));
        command.Add(Create(kind));
        command.Add(Update(kind));
        return command;
    }

    public static Command List(RecordKind kind)
    {
        var filter = new Option<string>("--filter", "-f") { Description = "AIP-160 filter, e.g. state = AGREEMENT_STATE_IN_FORCE or a quoted phrase" };
        var orderBy = new Option<string>("--order-by") { Description = "e.g. \"signing_date desc\"" };
        var pageSize = new Option<int>("--page-size") { Description = "Records per page (1-1000)", DefaultValueFactory = _ => 50 };
        var pageToken = new Option<string>("--page-token") { Description = "Continue from a previous page" };
        var all = new Option<bool>("--all") { Description = "Follow next_page_token to the last page" };
        var showDeleted = new Option<bool>("--show-deleted") { Description = "Include withdrawn records" };
        var command = new Command("list", $"List {kind.Collection} as a table (or JSON)") { filter, orderBy, pageSize, pageToken, all, showDeleted };
        command.SetAction(async (result, ct) =>
        {
            var printer = Cli.Printer(result);
            await using var services = Cli.Services(result);
            var query = new ListQuery(result.GetValue(pageSize), result.GetValue(pageToken) ?? "", result.GetValue(filter) ?? "",
                result.GetValue(orderBy) ?? "", result.GetValue(showDeleted));
            var records = new List<IMessage>();
            Page page;
            do
            {
                page = await kind.List(services, query, ct);
                records.AddRange(page.Items);
                query = query with { PageToken = page.NextPageToken };
            }
            while (result.GetValue(all) && page.NextPageToken.Length > 0);
            if (printer.Json)
            {
                var json = new JsonObject
                {
                    [kind.Collection] = new JsonArray(records.Select(r => JsonNode.Parse(JsonFormatter.Default.Format(r))).ToArray()),
                    ["nextPageToken"] = page.NextPageToken,
                    ["totalSize"] = page.TotalSize,
                };
                printer.Raw(json);
                return ExitCodes.Ok;
            }
            var more = page.NextPageToken.Length > 0 ? $"; next page: --page-token {page.NextPageToken}" : "";
            printer.Table(kind.Columns, records.Select(r => (IReadOnlyList<string>)kind.Columns.Select(c => Cells.Text(r, c)).ToList()),
                $"{records.Count} of {page.TotalSize} {kind.Collection}{more}");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Show(RecordKind kind)
    {
        var name = new Argument<string>("name") { Description = $"{kind.Collection}/{{id}} or the id" };
        var command = new Command("show", $"Show one of the {kind.Collection}") { name };
        command.SetAction(async (result, ct) =>
        {
            await using var services = Cli.Services(result);
            Cli.Printer(result).Record(await kind.Get(services, kind.NameOf(result.GetValue(name)!), ct));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Create(RecordKind kind)
    {
        var input = new RecordInput(kind);
        var id = new Option<string>("--id") { Description = "The id to give it (3-63 of a-z, 0-9, -, starting with your province's code, e.g. vn-30-); default: the registry chooses" };
        var command = new Command("create", $"Create one of the {kind.Collection} from a JSON file (protobuf JSON) and/or flags") { id };
        input.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var record = input.Read(result, out _);
            await using var services = Cli.Services(result);
            var created = await kind.Create(services, record, result.GetValue(id) is { Length: > 0 } given ? kind.IdOf(given) : "", ct);
            var printer = Cli.Printer(result);
            printer.Line($"Created {RecordMessages.GetString(created, "name")}");
            printer.Record(created);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Update(RecordKind kind)
    {
        var input = new RecordInput(kind);
        var name = new Argument<string>("name") { Description = $"{kind.Collection}/{{id}} or the id" };
        var mask = new Option<string>("--update-mask") { Description = "Comma-separated fields to change; default: the fields given" };
        var command = new Command("update", $"Change fields of one of the {kind.Collection}; the etag given (or, if none, the one just read) guards against overwriting someone else's change") { name, mask };
        input.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var record = input.Read(result, out var given);
            var paths = result.GetValue(mask) is { Length: > 0 } m
                ? m.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
                : given.Select(g => RowConverter.Field(kind.Descriptor, g)!.Name).Where(f => f is not ("name" or "etag")).ToList();
            if (paths.Count == 0)
                throw new UsageException("nothing to change: give --file, --set field=value or a field flag");
            await using var services = Cli.Services(result);
            var recordName = kind.NameOf(result.GetValue(name)!);
            RecordMessages.SetString(record, "name", recordName);
            if (RecordMessages.GetString(record, "etag").Length == 0)
                RecordMessages.SetString(record, "etag", RecordMessages.GetString(await kind.Get(services, recordName, ct), "etag"));
            var updateMask = new FieldMask();
            updateMask.Paths.AddRange(paths);
            var updated = await kind.Update(services, record, updateMask, ct);
            var printer = Cli.Printer(result);
            printer.Line($"Updated {recordName}: {string.Join(", ", paths)}");
            printer.Record(updated);
            return ExitCodes.Ok;
        });
        return command;
    }
}
