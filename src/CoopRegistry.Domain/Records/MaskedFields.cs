using System.Collections;
using System.Reflection;

namespace CoopRegistry.Domain.Records;

/// <summary>
/// What every record's Edit does with an update mask: copy the properties each named field stands
/// for from the incoming values (lists as new lists), and tell whether a field would change. A
/// field stands for the property whose name is its snake_case ("signing_place": SigningPlace), or
/// for the properties marked <see cref="UpdatedByAttribute"/> with it. Built once per record type
/// from its updatable fields, so each field is spelt once, in that list.
/// </summary>
public sealed class MaskedFields<T> where T : class
{
    private readonly Dictionary<string, PropertyInfo[]> properties = new(StringComparer.Ordinal);

    /// <exception cref="InvalidOperationException">A field stands for no settable property of <typeparamref name="T"/>.</exception>
    public MaskedFields(IEnumerable<string> fields)
    {
        var settable = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToList();
        foreach (var field in fields)
        {
            var marked = settable.Where(p => p.GetCustomAttribute<UpdatedByAttribute>()?.Field == field).ToArray();
            properties[field] = marked.Length > 0 ? marked
                : settable.Where(p => p.GetCustomAttribute<UpdatedByAttribute>() is null && SnakeCase(p.Name) == field).ToArray();
            if (properties[field].Length == 0)
                throw new InvalidOperationException($"{typeof(T).Name}: the updatable field '{field}' stands for no property");
        }
    }

    /// <summary>Copies the properties of every field in <paramref name="paths"/> from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public void Copy(T from, T to, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            foreach (var property in PropertiesOf(path))
                property.SetValue(to, Copied(property.GetValue(from)));
        }
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> hold the same values in the field <paramref name="path"/> (lists item by item).</summary>
    public bool Same(T a, T b, string path) => PropertiesOf(path).All(p => SameValue(p.GetValue(a), p.GetValue(b)));

    private PropertyInfo[] PropertiesOf(string path) =>
        properties.TryGetValue(path, out var found) ? found
        : throw new ArgumentOutOfRangeException(nameof(path), path, $"not an updatable field of {typeof(T).Name}");

    // A list is not shared between the incoming values and the record they change.
    private static object? Copied(object? value) =>
        value is IList list && value.GetType().IsGenericType ? Activator.CreateInstance(value.GetType(), list) : value;

    private static bool SameValue(object? a, object? b) =>
        a is IList x && b is IList y ? x.Cast<object?>().SequenceEqual(y.Cast<object?>()) : Equals(a, b);

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
