using System.Text.Json;

namespace CoopRegistry.Server.Seeding;

/// <summary>One seed file of register records, read and converted, ready to be stored.</summary>
public interface IRecordSeedFile
{
    string FileName { get; }

    /// <summary>Reads and converts every record; a missing file has none. A bad one is a <see cref="SeedException"/>.</summary>
    IRecordSeedBatch Read(string folder);
}

/// <summary>A file's records, converted: adds the new ones, then checks their references.</summary>
public interface IRecordSeedBatch
{
    string FileName { get; }
    bool Present { get; }

    /// <summary>Adds each record whose id is new; returns how many were added and how many were already present.</summary>
    Task<(int Added, int Present)> AddAsync(RecordStore store, CancellationToken cancellationToken);

    /// <summary>Checks the references of the records just added (every file's records are in by then).</summary>
    Task CheckAsync(RecordStore store, CancellationToken cancellationToken);
}

/// <summary>A seed file of <typeparamref name="TContract"/> resources stored as <typeparamref name="TRecord"/> records.</summary>
public sealed class RecordSeedFile<TContract, TRecord>(string fileName, Func<TContract, TRecord> convert) : IRecordSeedFile
    where TContract : IMessage<TContract>, new()
    where TRecord : RegistryRecord
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    public string FileName => fileName;

    public IRecordSeedBatch Read(string folder)
    {
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
            return new Batch(fileName, false, []);
        var records = new List<(string Label, TRecord Record)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (element, index) in Elements(path).Select((element, index) => (element, index)))
        {
            var label = $"#{index + 1}" + (element.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? $" ({name.GetString()})" : "");
            var record = Convert(element, label);
            if (record.Sources.Count == 0 || record.Sources.Any(s => string.IsNullOrWhiteSpace(s.Document) || string.IsNullOrWhiteSpace(s.Section)))
                throw new SeedException(fileName, label, "sources: every record cites at least one document and section");
            if (!ids.Add(record.Id))
                throw new SeedException(fileName, label, $"name: '{record.ResourceName}' appears more than once");
            records.Add((label, record));
        }
        return new Batch(fileName, true, records);
    }

    private List<JsonElement> Elements(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                throw new SeedException(fileName, null, "must be a JSON array of records");
            return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
        }
        catch (JsonException e)
        {
            throw new SeedException(fileName, null, $"not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }
    }

    private TRecord Convert(JsonElement element, string label)
    {
        TContract resource;
        try
        {
            resource = Parser.Parse<TContract>(element.GetRawText());
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or FormatException)
        {
            throw new SeedException(fileName, label, $"not a {new TContract().Descriptor.FullName} in protobuf JSON: {e.Message}");
        }
        var violations = new FieldViolations();
        var record = violations.Check(() => convert(resource));
        return violations.All.Count == 0 ? record! : throw Refused(fileName, label, violations);
    }

    /// <summary>A step that may refuse a record (INVALID_ARGUMENT), its violations as a SeedException naming file and record.</summary>
    private static async Task<T> RefusedAsSeedAsync<T>(string file, string label, Func<Task<T>> step)
    {
        var violations = new FieldViolations();
        var result = await violations.CheckAsync(step);
        return violations.All.Count == 0 ? result! : throw Refused(file, label, violations);
    }

    private static SeedException Refused(string file, string label, FieldViolations violations) =>
        new(file, label, string.Join("; ", violations.All.Select(v => $"{v.Field}: {v.Description}")));

    private sealed class Batch(string fileName, bool present, List<(string Label, TRecord Record)> records) : IRecordSeedBatch
    {
        private readonly List<(string Label, TRecord Record)> added = [];

        public string FileName => fileName;
        public bool Present => present;

        public async Task<(int Added, int Present)> AddAsync(RecordStore store, CancellationToken cancellationToken)
        {
            foreach (var (label, record) in records)
                if (await RefusedAsSeedAsync(fileName, label, () => store.AddSeedAsync(record, cancellationToken)))
                    added.Add((label, record));
            return (added.Count, records.Count - added.Count);
        }

        public async Task CheckAsync(RecordStore store, CancellationToken cancellationToken)
        {
            foreach (var (label, record) in added)
                await RefusedAsSeedAsync(fileName, label, async () =>
                {
                    await store.CompleteSeedAsync(record, cancellationToken);
                    return true;
                });
        }
    }
}
