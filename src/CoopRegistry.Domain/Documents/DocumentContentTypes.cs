namespace CoopRegistry.Domain.Documents;

/// <summary>
/// The content types a document may have (PDF, DOCX, PNG, JPEG, TIFF) and the magic bytes each
/// file must start with, so that a program renamed "signed.pdf" is refused.
/// </summary>
public static class DocumentContentTypes
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Tiff = "image/tiff";

    /// <summary>How many leading bytes <see cref="Matches"/> needs to decide (fewer only when the file is shorter).</summary>
    public const int SignatureLength = 8;

    private static readonly Dictionary<string, byte[][]> Signatures = new(StringComparer.Ordinal)
    {
        [Pdf] = ["%PDF-"u8.ToArray()],
        // DOCX is an Office Open XML package: a ZIP archive.
        [Docx] = [[0x50, 0x4B, 0x03, 0x04]],
        [Png] = [[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]],
        [Jpeg] = [[0xFF, 0xD8, 0xFF]],
        // Little-endian ("II*\0") and big-endian ("MM\0*") TIFF.
        [Tiff] = [[0x49, 0x49, 0x2A, 0x00], [0x4D, 0x4D, 0x00, 0x2A]],
    };

    public static IReadOnlyCollection<string> Allowed => Signatures.Keys;

    /// <summary>The allowed content type <paramref name="contentType"/> names (case and surrounding spaces ignored), or null.</summary>
    public static string? Normalize(string? contentType)
    {
        var normalized = contentType?.Trim().ToLowerInvariant();
        return normalized is not null && Signatures.ContainsKey(normalized) ? normalized : null;
    }

    /// <summary>Whether the content's first bytes are those of <paramref name="contentType"/> (an allowed type).</summary>
    public static bool Matches(string contentType, ReadOnlySpan<byte> head)
    {
        foreach (var signature in Signatures[contentType])
            if (head.StartsWith(signature))
                return true;
        return false;
    }
}
