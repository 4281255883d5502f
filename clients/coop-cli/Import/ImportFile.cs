using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf.Reflection;

namespace CoopRegistry.Cli.Import;

/// <summary>Reads an import file: a JSON array of records (protobuf JSON, as seeds/*.json) or CSV with a header row of field names.</summary>
public static class ImportFile
{
    public static IReadOnlyList<ImportRow> Read(string path, MessageDescriptor descriptor)
    {
        var bytes = File.ReadAllBytes(path);
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        var json = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ||
                   !path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && text.TrimStart().StartsWith('[');
        return json ? ReadJson(text) : ReadCsv(text, descriptor);
    }

    public static IReadOnlyList<ImportRow> ReadJson(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var rows = new List<ImportRow>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                throw new InputException("a JSON import file holds an array of records: [ {…}, {…} ]");
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = LineAt(bytes, reader.TokenStartIndex);
                var node = JsonNode.Parse(ref reader);
                rows.Add(node is JsonObject record
                    ? new ImportRow(line, record, [])
                    : new ImportRow(line, [], [new FieldError("", "each element of the array must be a JSON object")]));
            }
        }
        catch (JsonException e)
        {
            throw new InputException($"not valid JSON at line {e.LineNumber + 1}: {e.Message}");
        }
        return rows;
    }

    public static IReadOnlyList<ImportRow> ReadCsv(string text, MessageDescriptor descriptor)
    {
        var records = Csv(text).ToList();
        if (records.Count == 0)
            throw new InputException("the CSV file is empty: its first line names the fields");
        var header = records[0].Cells.Select(h => h.Trim()).ToList();
        var rows = new List<ImportRow>();
        foreach (var (line, cells) in records.Skip(1))
        {
            if (cells.All(string.IsNullOrWhiteSpace))
                continue;
            var errors = new List<FieldError>();
            if (cells.Count > header.Count)
                errors.Add(new FieldError("", $"{cells.Count} values for {header.Count} columns"));
            // `id` is accepted for `name`: the record's id, as a person writes it in a spreadsheet.
            var pairs = header.Zip(cells, (h, c) => new KeyValuePair<string, string>(h == "id" ? "name" : h, c));
            var json = RowConverter.FromCells(descriptor, pairs, errors);
            rows.Add(new ImportRow(line, json, errors));
        }
        return rows;
    }

    private static int LineAt(byte[] bytes, long index)
    {
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == '\n')
                line++;
        }
        return line;
    }

    /// <summary>RFC 4180: quoted fields may hold commas, quotes ("") and line breaks; each record with the line it starts on.</summary>
    private static IEnumerable<(int Line, List<string> Cells)> Csv(string text)
    {
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var start = line;
            var cells = new List<string>();
            var cell = new StringBuilder();
            var quoted = false;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        if (c == '\n')
                            line++;
                        cell.Append(c);
                    }
                }
                else if (c == '"' && cell.Length == 0)
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                }
                else if (c == '\n')
                {
                    line++;
                    i++;
                    break;
                }
                else if (c != '\r')
                {
                    cell.Append(c);
                }
            }
            cells.Add(cell.ToString());
            yield return (start, cells);
        }
    }
}
