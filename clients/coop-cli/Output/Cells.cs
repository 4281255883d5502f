using System.Collections;
using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Cli.Output;

/// <summary>A field of a record as a person reads it in a table cell.</summary>
public static class Cells
{
    public static string Text(IMessage record, string fieldName)
    {
        var field = record.Descriptor.FindFieldByName(fieldName);
        return field is null ? "" : Text(field, field.Accessor.GetValue(record));
    }

    public static string Text(FieldDescriptor field, object? value)
    {
        if (value is null)
            return "";
        if (field.IsRepeated && value is IList list)
            return string.Join(", ", list.Cast<object>().Select(v => Single(field, v)));
        return Single(field, value);
    }

    private static string Single(FieldDescriptor field, object value) => field.FieldType switch
    {
        FieldType.Enum => EnumName(field.EnumType, value),
        FieldType.Message => Message((IMessage)value),
        FieldType.Bool => (bool)value ? "yes" : "",
        FieldType.Double or FieldType.Float => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("0.##", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary><c>AGREEMENT_STATE_IN_FORCE</c> → <c>IN_FORCE</c>: the enum's own prefix says nothing in its own column.</summary>
    public static string EnumName(EnumDescriptor type, object value)
    {
        var number = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        if (number == 0)
            return "";
        var name = type.FindValueByNumber(number)?.Name ?? number.ToString(CultureInfo.InvariantCulture);
        var prefix = string.Concat(type.Name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant() + "_";
        return name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : name;
    }

    private static string Message(IMessage message) => message switch
    {
        Google.Type.Date d => d.Year == 0 ? "" : $"{d.Year:0000}-{d.Month:00}-{d.Day:00}",
        Timestamp t => t.ToDateTime().ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture),
        // Messages that read as one phrase (a deadline's text, a source's record).
        _ when message.Descriptor.FindFieldByName("text") is { FieldType: FieldType.String } text => (string)text.Accessor.GetValue(message),
        _ => JsonFormatter.Default.Format(message),
    };
}
