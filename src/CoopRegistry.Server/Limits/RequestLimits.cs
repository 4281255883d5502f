using System.Collections;
using Google.Protobuf.Reflection;

namespace CoopRegistry.Server.Limits;

/// <summary>
/// The size limits of every request, checked in one place for every method before the service
/// sees it: each text field at most <see cref="LimitsOptions.MaxTextLength"/> characters (the
/// domain rules of each resource set tighter limits per field), no NUL character (PostgreSQL text
/// cannot hold one), each list at most <see cref="LimitsOptions.MaxListItems"/> items. The walk follows
/// the message's descriptor, so a field added to the contract is limited without being listed;
/// violations name the field as the converters do (<c>commitment.task</c>, <c>commitment.tags[3]</c>).
/// </summary>
public sealed class RequestLimits(LimitsOptions options)
{
    /// <summary>Throws INVALID_ARGUMENT naming every field over a limit.</summary>
    public void Check(IMessage message)
    {
        List<FieldViolation>? violations = null;
        Walk(message, "", ref violations);
        if (violations is not null)
            throw new InvalidArgumentException(violations);
    }

    private void Walk(IMessage message, string prefix, ref List<FieldViolation>? violations)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var path = prefix + field.Name;
            var value = field.Accessor.GetValue(message);
            if (field.IsMap)
            {
                if (value is IDictionary { Count: var entries } && entries > options.MaxListItems)
                    Add(ref violations, path, $"has {entries} entries; at most {options.MaxListItems} are accepted");
            }
            else if (field.IsRepeated)
            {
                var list = (IList)value;
                if (list.Count > options.MaxListItems)
                {
                    Add(ref violations, path, $"has {list.Count} items; at most {options.MaxListItems} are accepted");
                    continue;
                }
                for (var i = 0; i < list.Count; i++)
                    Value(field, list[i], $"{path}[{i}]", ref violations);
            }
            else
                Value(field, value, path, ref violations);
        }
    }

    private void Value(FieldDescriptor field, object? value, string path, ref List<FieldViolation>? violations)
    {
        switch (value)
        {
            case string text when text.Length > 0:
                if (text.Length > options.MaxTextLength)
                    Add(ref violations, path, $"has {text.Length} characters; at most {options.MaxTextLength} are accepted");
                else if (text.Contains('\0'))
                    Add(ref violations, path, "must not contain a NUL character");
                break;
            case IMessage nested when field.FieldType == FieldType.Message:
                Walk(nested, path + ".", ref violations);
                break;
        }
    }

    private static void Add(ref List<FieldViolation>? violations, string field, string description) =>
        (violations ??= []).Add(new FieldViolation(field, description));
}
