using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopRegistry.Cli.Import;
using CoopRegistry.Cli.Records;
using Google.Protobuf;

namespace CoopRegistry.Cli.Commands;

/// <summary>A record from <c>--file</c> (protobuf JSON) overlaid with <c>--set field=value</c> and the common field flags.</summary>
public sealed class RecordInput
{
    private static readonly string[] CommonFields = ["title", "subject", "task", "summary", "kind"];

    private readonly RecordKind kind;
    private readonly Option<FileInfo> file = new("--file") { Description = "A JSON file holding the record (protobuf JSON, as seeds/*.json)" };
    private readonly Option<string[]> set = new("--set") { Description = "field=value (dates yyyy-mm-dd, lists separated by ;, messages as JSON); repeatable", AllowMultipleArgumentsPerToken = false };
    private readonly List<(string Field, Option<string> Option)> flags = [];

    public RecordInput(RecordKind kind)
    {
        this.kind = kind;
        foreach (var field in CommonFields.Select(f => kind.Descriptor.FindFieldByName(f)).OfType<Google.Protobuf.Reflection.FieldDescriptor>())
            flags.Add((field.Name, new Option<string>("--" + field.Name.Replace('_', '-')) { Description = $"Sets {field.Name}" }));
    }

    public void AddTo(Command command)
    {
        command.Add(file);
        command.Add(set);
        foreach (var (_, option) in flags)
            command.Add(option);
    }

    /// <summary>The record, and the fields given (for an update's default mask).</summary>
    public IMessage Read(ParseResult result, out IReadOnlyList<string> given)
    {
        var json = new JsonObject();
        if (result.GetValue(file) is { } path)
        {
            if (!path.Exists)
                throw new NotFoundException($"{path.FullName} does not exist");
            try
            {
                json = JsonNode.Parse(File.ReadAllText(path.FullName)) as JsonObject
                    ?? throw new InputException($"{path.Name} must hold one JSON object (a record)");
            }
            catch (JsonException e)
            {
                throw new InputException($"{path.Name} is not valid JSON: {e.Message}");
            }
        }
        var cells = new List<KeyValuePair<string, string>>();
        foreach (var pair in result.GetValue(set) ?? [])
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
                throw new UsageException($"--set {pair}: expected field=value");
            cells.Add(new(pair[..equals].Trim(), pair[(equals + 1)..]));
        }
        foreach (var (field, option) in flags)
        {
            if (result.GetValue(option) is { } value)
                cells.Add(new(field, value));
        }
        var errors = new List<FieldError>();
        foreach (var (key, value) in RowConverter.FromCells(kind.Descriptor, cells, errors))
        {
            // A flag and the file's own spelling of the same field (title / "title") are one field.
            var field = RowConverter.Field(kind.Descriptor, key)!;
            json.Remove(field.Name);
            json[field.JsonName] = value?.DeepClone();
        }
        var record = errors.Count == 0 ? RowConverter.ToMessage(kind.Descriptor, json, errors) : null;
        if (record is null)
            throw new InputException(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
        given = json.Select(p => p.Key).ToList();
        return record;
    }
}
