using Date = Google.Type.Date;

namespace CoopRegistry.Server.Errors;

/// <summary>
/// The fields every converter reads the same way, each keeping its violations in the request's
/// <see cref="FieldViolations"/>: resource names as ids, dates, optional text.
/// </summary>
public static class RequestFields
{
    /// <summary>The id a resource name names; null when it is empty or malformed.</summary>
    public static string? Id(this FieldViolations violations, string collection, string name, string field) =>
        string.IsNullOrEmpty(name) ? null : violations.Check(() => ResourceNames.ParseId(collection, name, field));

    /// <summary>The ids of repeated resource names, each named <c>field[i]</c>; malformed ones left out.</summary>
    public static List<string> Ids(this FieldViolations violations, string collection, IEnumerable<string> names, string field) =>
        names.Select((name, i) => violations.Check(() => ResourceNames.ParseId(collection, name, $"{field}[{i}]"))).OfType<string>().ToList();

    /// <summary>A calendar date; null when unset or impossible.</summary>
    public static DateOnly? Date(this FieldViolations violations, Date? date, string field) =>
        violations.Check(() => date.ToDateOnly(field));

    /// <summary>A field of cooperation; null when unset and not <paramref name="required"/>, or not a field.</summary>
    public static CooperationField? Field(this FieldViolations violations, Contract.CooperationField value, string field, bool required = true) =>
        value == Contract.CooperationField.Unspecified && !required ? null
        : value != Contract.CooperationField.Unspecified && Enum.IsDefined((CooperationField)(int)value) ? (CooperationField)(int)value
        : violations.Invalid<CooperationField?>(field, $"{value} is not a field of cooperation");

    /// <summary>Repeated fields of cooperation, each named <c>field[i]</c>; bad ones left out.</summary>
    public static List<CooperationField> Fields(this FieldViolations violations, IEnumerable<Contract.CooperationField> values, string field) =>
        values.Select((value, i) => violations.Field(value, $"{field}[{i}]")).OfType<CooperationField>().ToList();

    /// <summary>Source citations, each with its document (<c>field[i].document</c> is required).</summary>
    public static List<SourceReference> Sources(this FieldViolations violations, IEnumerable<Contract.SourceReference> sources, string field) =>
        sources.Select((source, i) =>
        {
            if (string.IsNullOrWhiteSpace(source.Document))
                violations.Add($"{field}[{i}].document", "is required");
            return new SourceReference(source.Document.Trim(), source.Section.Trim(), violations.SourceKindOf(source.Kind, $"{field}[{i}].kind"));
        }).ToList();

    /// <summary>A source's kind (unset reads as a document).</summary>
    public static SourceKind SourceKindOf(this FieldViolations violations, Contract.SourceKind kind, string field) =>
        violations.Check<SourceKind?>(() => SourceKinds.Read(kind, field)) ?? default;

    /// <summary>
    /// A Create's request id (AIP-155, for retries) and the new record's id: the one chosen in
    /// <paramref name="idField"/>, or one generated, under <paramref name="provinceCode"/>'s prefix.
    /// </summary>
    public static (Guid? RequestId, string Id) CreateIds(this FieldViolations violations, string requestId, string chosenId, string idField, string provinceCode) =>
        (violations.Check(() => RequestIds.Parse(requestId)), violations.Check(() => RecordIds.ChooseOrGenerate(chosenId, idField, provinceCode)) ?? "");

    /// <summary>
    /// Every Update's first step, before the record is read: the id its name gives and the requested
    /// values, read by <paramref name="read"/>. INVALID_ARGUMENT names every fault of the name and of
    /// the masked fields at once (faults of fields outside the mask do not count); the merged record's
    /// rules are checked by the record's Edit.
    /// </summary>
    public static (string Id, T Changes) ForUpdate<TMessage, T>(
        TMessage? message, string resource, string collection, Func<TMessage, string> name, IReadOnlySet<string> paths, Func<TMessage, FieldViolations, T> read)
        where TMessage : class
    {
        if (message is null)
            throw new InvalidArgumentException(resource, "is required, with its name and the fields to change");
        var prefix = resource + ".";
        var violations = new FieldViolations();
        var id = violations.Check(() => ResourceNames.ParseId(collection, name(message), prefix + "name")) ?? "";
        var changes = read(message, violations);
        violations.ThrowIfAny(v => v.Field == prefix + "name" || paths.Contains(FieldViolations.TopField(v.Field, prefix)));
        return (id, changes);
    }

    /// <summary>As above, for a converter that reads only the masked fields, into a new record.</summary>
    public static (string Id, T Changes) ForUpdate<TMessage, T>(
        TMessage? message, string resource, string collection, Func<TMessage, string> name, IReadOnlySet<string> paths, Action<TMessage, T, IReadOnlySet<string>, FieldViolations> readMasked)
        where TMessage : class
        where T : new() =>
        ForUpdate(message, resource, collection, name, paths, (m, violations) =>
        {
            var changes = new T();
            readMasked(m, changes, paths, violations);
            return changes;
        });

    /// <summary>Trimmed text, or null for none.</summary>
    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
