using System.Text.Json.Nodes;
using CoopRegistry.Cli.Import;
using Google.Protobuf;

namespace CoopRegistry.Cli.Records;

/// <summary>Small helpers on records as protobuf messages.</summary>
public static class RecordMessages
{
    public static string GetString(IMessage record, string field) =>
        record.Descriptor.FindFieldByName(field)?.Accessor.GetValue(record) as string ?? "";

    public static void SetString(IMessage record, string field, string value) =>
        record.Descriptor.FindFieldByName(field)?.Accessor.SetValue(record, value);

    /// <summary>The row as a record of this kind, or null with what did not parse in <paramref name="errors"/>.</summary>
    public static IMessage? RowMessage(RecordKind kind, JsonObject json, List<FieldError> errors) =>
        RowConverter.ToMessage(kind.Descriptor, json, errors);
}
