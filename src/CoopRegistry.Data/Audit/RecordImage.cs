using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CoopRegistry.Data.Audit;

/// <summary>
/// An entity as a JSON object of its stored values, keyed by property name (complex properties
/// nested): what an audit entry keeps as "before" and "after", and what an as-of read turns back
/// into the entity. Values go through the same converters as the database columns, so an image
/// says exactly what the row said.
/// </summary>
public static class RecordImage
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The entity's original (as read) or current values, leaving out <paramref name="excluded"/>.</summary>
    public static string Of(EntityEntry entry, bool original, IReadOnlySet<string> excluded)
    {
        var image = new JsonObject();
        foreach (var property in entry.Properties.Where(p => !excluded.Contains(p.Metadata.Name)))
            image[property.Metadata.Name] = ToJson(property.Metadata, original ? property.OriginalValue : property.CurrentValue);
        foreach (var complex in entry.ComplexProperties)
        {
            var nested = new JsonObject();
            foreach (var property in complex.Properties)
                nested[property.Metadata.Name] = ToJson(property.Metadata, original ? property.OriginalValue : property.CurrentValue);
            image[complex.Metadata.Name] = nested;
        }
        return image.ToJsonString(Json);
    }

    /// <summary>Sets the values of <paramref name="image"/> on an untracked entity's entry (as-of reads).</summary>
    public static void ApplyTo(EntityEntry entry, string image)
    {
        var values = JsonNode.Parse(image)!.AsObject();
        foreach (var property in entry.Properties)
            if (values.TryGetPropertyValue(property.Metadata.Name, out var value))
                property.CurrentValue = FromJson(property.Metadata, value);
        foreach (var complex in entry.ComplexProperties)
            if (values[complex.Metadata.Name] is JsonObject nested)
                foreach (var property in complex.Properties)
                    if (nested.TryGetPropertyValue(property.Metadata.Name, out var value))
                        property.CurrentValue = FromJson(property.Metadata, value);
    }

    private static JsonNode? ToJson(IPropertyBase property, object? value)
    {
        if (value is null)
            return null;
        var converter = ConverterOf(property);
        var stored = converter is null ? value : converter.ConvertToProvider(value);
        // PostgreSQL keeps microseconds: the image says what the row says, not the extra ticks in memory.
        if (stored is DateTime instant)
            stored = DatabasePrecision.Truncate(instant);
        return JsonSerializer.SerializeToNode(stored, Json);
    }

    private static object? FromJson(IPropertyBase property, JsonNode? value)
    {
        if (value is null)
            return null;
        var converter = ConverterOf(property);
        var stored = value.Deserialize(converter?.ProviderClrType ?? property.ClrType, Json);
        return converter is null || stored is null ? stored : converter.ConvertFromProvider(stored);
    }

    private static ValueConverter? ConverterOf(IPropertyBase property) =>
        property is IProperty scalar ? scalar.GetValueConverter() ?? scalar.GetTypeMapping().Converter : null;
}
