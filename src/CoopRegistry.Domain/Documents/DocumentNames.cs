namespace CoopRegistry.Domain.Documents;

/// <summary>Names of attached documents: <c>{collection}/{record}/documents/{document}</c>.</summary>
public static class DocumentNames
{
    public static string Format(string collection, string recordId, string documentId) =>
        $"{collection}/{recordId}/{RecordDocument.Collection}/{documentId}";

    /// <summary>The record's and the document's ids, or INVALID_ARGUMENT naming <paramref name="field"/>.</summary>
    public static (string RecordId, string DocumentId) Parse(string collection, string? name, string field)
    {
        var form = $"{collection}/{{record}}/{RecordDocument.Collection}/{{document}}";
        if (string.IsNullOrEmpty(name))
            throw new InvalidArgumentException(field, $"is required, as {form}");
        var parts = name.Split('/');
        if (parts.Length != 4 || parts[0] != collection || parts[2] != RecordDocument.Collection
            || parts[1].Length == 0 || parts[3].Length == 0)
            throw new InvalidArgumentException(field, $"'{(name.Length <= 120 ? name : name[..120] + "…")}' is not a name of the form {form}");
        return (parts[1], parts[3]);
    }
}
