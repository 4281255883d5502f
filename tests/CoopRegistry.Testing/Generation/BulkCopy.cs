using System.Collections;
using CoopRegistry.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace CoopRegistry.Testing.Generation;

/// <summary>
/// Writes entities through PostgreSQL's bulk path (binary COPY), column by column as the EF model
/// maps them — same table, column names, value converters and JSON columns as the registry's own
/// writes, so generated rows read back exactly like rows the registry wrote. Computed columns
/// (search_key) are left to PostgreSQL; xmin is the server's. Bypasses the audit log on purpose:
/// a generated dataset is a starting state, not a history.
/// </summary>
public sealed class BulkCopy(RegistryDbContext model, NpgsqlConnection connection)
{
    public async Task<long> CopyAsync<T>(IEnumerable<T> rows, CancellationToken cancellationToken = default) where T : class
    {
        var entity = model.Model.FindEntityType(typeof(T)) ?? throw new ArgumentException($"{typeof(T).Name} is not in the registry's model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = Columns(entity, table).ToList();
        var copy = $"COPY {table.Schema}.{table.Name} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                if (column.Value(row) is { } value)
                    await importer.WriteAsync(value, column.DataType, cancellationToken);
                else
                    await importer.WriteNullAsync(cancellationToken);
            }
        }
        return (long)await importer.CompleteAsync(cancellationToken);
    }

    private sealed record Column(string Name, string DataType, Func<object, object?> Value);

    private static IEnumerable<Column> Columns(IEntityType entity, StoreObjectIdentifier table)
    {
        foreach (var property in entity.GetProperties().Where(p => Stored(p, table)))
            yield return Of(property, table, row => property.PropertyInfo!.GetValue(row));
        foreach (var complex in entity.GetComplexProperties())
            foreach (var property in complex.ComplexType.GetProperties().Where(p => Stored(p, table)))
                yield return Of(property, table, row => complex.PropertyInfo!.GetValue(row) is { } owner ? property.PropertyInfo!.GetValue(owner) : null);
    }

    private static bool Stored(IProperty property, StoreObjectIdentifier table) =>
        property.GetComputedColumnSql() is null && property.GetColumnName(table) is { } name && name != "xmin" && property.PropertyInfo is not null;

    private static Column Of(IProperty property, StoreObjectIdentifier table, Func<object, object?> get)
    {
        var converter = property.GetValueConverter() ?? property.GetTypeMapping().Converter;
        var elementConverter = property.GetElementType()?.GetTypeMapping().Converter;
        // COPY takes the bare type: "character varying(63)" → "character varying".
        var type = property.GetColumnType(table)!;
        var dataType = type.Contains('(') ? type[..type.IndexOf('(')] + (type.EndsWith("[]", StringComparison.Ordinal) ? "[]" : "") : type;
        return new Column(property.GetColumnName(table)!, dataType, row =>
        {
            var value = get(row);
            if (value is null)
                return null;
            if (converter is not null)
                return converter.ConvertToProvider(value);
            if (elementConverter is not null && value is IEnumerable elements)
                return elements.Cast<object>().Select(e => elementConverter.ConvertToProvider(e)).ToArray();
            return value;
        });
    }
}
