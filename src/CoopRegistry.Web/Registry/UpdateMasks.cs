using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Web.Registry;

/// <summary>
/// The update mask of an edit: the form's fields whose value the person changed, so the registry
/// judges only what was changed (a submitted plan refuses substantive changes, not an unchanged field).
/// </summary>
public static class UpdateMasks
{
    public static FieldMask Changed<T>(T before, T after, IEnumerable<string> editable)
        where T : IMessage<T>
    {
        var mask = new FieldMask();
        foreach (var path in editable)
        {
            var field = before.Descriptor.FindFieldByName(path)
                ?? throw new ArgumentException($"{before.Descriptor.Name} has no field {path}", nameof(editable));
            if (!Equals(field.Accessor.GetValue(before), field.Accessor.GetValue(after)))
                mask.Paths.Add(path);
        }
        return mask;
    }
}
