namespace CoopRegistry.Domain.Documents;

/// <summary>What a document must be before it is attached: its limits and the metadata checks.</summary>
public static partial class DocumentRules
{
    /// <summary>50 MB (MiB), the largest file the registry keeps.</summary>
    public const long MaxSizeBytes = 50L * 1024 * 1024;

    /// <summary>1 MiB: the largest chunk a caller may send, and the size of the stored chunks.</summary>
    public const int ChunkBytes = 1024 * 1024;

    public const int MaxFileNameLength = 255;
    public const int MaxUriLength = 2000;

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();

    /// <summary>The checks for a file about to be uploaded; fields are named with <paramref name="prefix"/> (e.g. "metadata.").</summary>
    public static List<FieldViolation> CheckFile(RecordDocument document, string prefix)
    {
        var violations = CheckCommon(document, prefix);
        if (document.SizeBytes <= 0)
            violations.Add(prefix + "size_bytes", "must be the size of the content in bytes; empty files are refused");
        else if (document.SizeBytes > MaxSizeBytes)
            violations.Add(prefix + "size_bytes", $"{document.SizeBytes} bytes is over the limit of {MaxSizeBytes} bytes (50 MB)");
        return violations.All;
    }

    /// <summary>The checks for a reference to a file kept elsewhere: an https URI and the content's SHA-256.</summary>
    public static List<FieldViolation> CheckReference(RecordDocument document, string prefix)
    {
        var violations = CheckCommon(document, prefix);
        if (document.SizeBytes < 0)
            violations.Add(prefix + "size_bytes", "must not be negative (0 when unknown)");
        if (string.IsNullOrWhiteSpace(document.Uri))
            violations.Add(prefix + "uri", "is required: the https URI where the document is kept");
        else if (document.Uri.Length > MaxUriLength)
            violations.Add(prefix + "uri", $"must be at most {MaxUriLength} characters");
        else if (!System.Uri.TryCreate(document.Uri, UriKind.Absolute, out var uri) || uri.Scheme != System.Uri.UriSchemeHttps
                 || string.IsNullOrEmpty(uri.Host) || !string.IsNullOrEmpty(uri.UserInfo))
            violations.Add(prefix + "uri", "must be an absolute https URI without credentials, e.g. https://example.gov.vn/files/mou.pdf");
        return violations.All;
    }

    private static FieldViolations CheckCommon(RecordDocument document, string prefix)
    {
        var violations = new FieldViolations();
        var name = document.FileName;
        if (string.IsNullOrWhiteSpace(name))
            violations.Add(prefix + "file_name", "is required");
        else if (name.Length > MaxFileNameLength)
            violations.Add(prefix + "file_name", $"must be at most {MaxFileNameLength} characters");
        else if (name.Any(c => char.IsControl(c) || c is '/' or '\\') || name.Trim() is "." or "..")
            violations.Add(prefix + "file_name", "must be a plain file name, without folders or control characters");
        if (DocumentContentTypes.Normalize(document.ContentType) is null)
            violations.Add(prefix + "content_type", $"must be one of {string.Join(", ", DocumentContentTypes.Allowed)}");
        if (string.IsNullOrEmpty(document.Sha256))
            violations.Add(prefix + "sha256", "is required: the lower-case hex SHA-256 of the content");
        else if (!Sha256Hex().IsMatch(document.Sha256))
            violations.Add(prefix + "sha256", "must be 64 lower-case hexadecimal digits");
        return violations;
    }
}
