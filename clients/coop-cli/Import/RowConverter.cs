using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace CoopRegistry.Cli.Import;

/// <summary>
/// Text cells (CSV columns, <c>--set field=value</c>) to protobuf JSON, and protobuf JSON to a
/// message, naming the field of every value that does not fit. Cells: dates as <c>2025-09-12</c>,
/// enum values with or without their prefix (<c>MEMORANDUM_OF_UNDERSTANDING</c>), repeated values
/// separated by <c>;</c>, messages as JSON (or, for a deadline, its text).
/// </summary>
public static class RowConverter
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    /// <summary>Finds a field by its proto name or JSON name.</summary>
    public static FieldDescriptor? Field(MessageDescriptor descriptor, string name) =>
        descriptor.FindFieldByName(name) ?? descriptor.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == name);

    public static JsonObject FromCells(MessageDescriptor descriptor, IEnumerable<KeyValuePair<string, string>> cells, List<FieldError> errors)
    {
        var json = new JsonObject();
        foreach (var (column, cell) in cells)
        {
            if (string.IsNullOrWhiteSpace(cell))
                continue;
            var field = Field(descriptor, column);
            if (field is null)
            {
                errors.Add(new FieldError(column, $"{descriptor.Name} has no field '{column}'"));
                continue;
            }
            try
            {
                json[field.JsonName] = field.IsRepeated ? Repeated(field, cell.Trim()) : Single(field, cell.Trim());
            }
            catch (FormatException e)
            {
                errors.Add(new FieldError(field.Name, e.Message));
            }
        }
        return json;
    }

    /// <summary>The message of a JSON object, or null with every field that did not parse in <paramref name="errors"/>.</summary>
    public static IMessage? ToMessage(MessageDescriptor descriptor, JsonObject json, List<FieldError> errors)
    {
        var before = errors.Count;
        foreach (var (key, value) in json)
        {
            var field = Field(descriptor, key);
            if (field is null)
            {
                errors.Add(new FieldError(key, $"{descriptor.Name} has no field '{key}'"));
                continue;
            }
            try
            {
                Parser.Parse(new JsonObject { [key] = value?.DeepClone() }.ToJsonString(), descriptor);
            }
            catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or FormatException or InvalidOperationException)
            {
                errors.Add(new FieldError(field.Name, e.Message));
            }
        }
        return errors.Count > before ? null : Parser.Parse(json.ToJsonString(), descriptor);
    }

    private static JsonNode Repeated(FieldDescriptor field, string cell)
    {
        if (cell.StartsWith('['))
            return ParseJson(cell);
        var array = new JsonArray();
        foreach (var part in cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            array.Add(Single(field, part));
        return array;
    }

    private static JsonNode Single(FieldDescriptor field, string cell)
    {
        switch (field.FieldType)
        {
            case FieldType.Bool:
                return cell.ToLowerInvariant() switch
                {
                    "true" or "yes" or "1" => JsonValue.Create(true),
                    "false" or "no" or "0" => JsonValue.Create(false),
                    _ => throw new FormatException($"'{cell}' is not true or false"),
                };
            case FieldType.Int32 or FieldType.Int64 or FieldType.UInt32 or FieldType.UInt64 or FieldType.SInt32 or FieldType.SInt64:
                return long.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer)
                    ? JsonValue.Create(integer)
                    : throw new FormatException($"'{cell}' is not a whole number");
            case FieldType.Double or FieldType.Float:
                return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? JsonValue.Create(number)
                    : throw new FormatException($"'{cell}' is not a number");
            case FieldType.Enum:
                return JsonValue.Create(EnumValue(field.EnumType, cell));
            case FieldType.Message when field.MessageType.FullName == "google.type.Date":
                return DateTime.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? new JsonObject { ["year"] = date.Year, ["month"] = date.Month, ["day"] = date.Day }
                    : throw new FormatException($"'{cell}' is not a date (yyyy-mm-dd)");
            case FieldType.Message when cell.StartsWith('{'):
                return ParseJson(cell);
            case FieldType.Message when field.MessageType.FindFieldByName("text") is { FieldType: FieldType.String }:
                return new JsonObject { ["text"] = cell };
            case FieldType.Message:
                throw new FormatException($"'{cell}' is not a JSON object ({field.MessageType.Name})");
            default:
                return JsonValue.Create(cell);
        }
    }

    private static string EnumValue(EnumDescriptor type, string cell)
    {
        var upper = cell.ToUpperInvariant().Replace(' ', '_').Replace('-', '_');
        var match = type.Values.FirstOrDefault(v => v.Name == upper || v.Name.EndsWith("_" + upper, StringComparison.Ordinal) && v.Number != 0);
        return match?.Name ?? throw new FormatException(
            $"'{cell}' is not one of {string.Join(", ", type.Values.Where(v => v.Number != 0).Select(v => v.Name))}");
    }

    private static JsonNode ParseJson(string cell)
    {
        try
        {
            return JsonNode.Parse(cell) ?? throw new FormatException("null is not a value");
        }
        catch (JsonException e)
        {
            throw new FormatException($"not valid JSON: {e.Message}");
        }
    }
}
