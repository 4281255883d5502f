namespace CoopRegistry.Domain.Documents;

/// <summary>
/// A document attached to a register record (an agreement today, any record later): a file whose
/// content the registry keeps in chunks, or a reference to a file kept elsewhere by https URI.
/// Immutable once stored.
/// </summary>
public sealed class RecordDocument
{
    public const string Collection = "documents";

    public string Id { get; set; } = "";

    /// <summary>The parent record's collection, e.g. "agreements".</summary>
    public string ParentCollection { get; set; } = "";

    public string ParentId { get; set; } = "";

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long SizeBytes { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>Set for a reference (no content stored); null for a stored file.</summary>
    public string? Uri { get; set; }

    public DocumentKind Kind { get; set; }

    public DateTime CreateTime { get; set; }

    public string CreatedByClient { get; set; } = "";

    public string CreatedByAgency { get; set; } = "";

    public bool IsReference => Uri is not null;

    /// <summary><c>{collection}/{record}/documents/{document}</c>.</summary>
    public string ResourceName => DocumentNames.Format(ParentCollection, ParentId, Id);

    /// <summary>Refuses to serve content for a reference: the registry keeps none (FAILED_PRECONDITION).</summary>
    public void DemandStored()
    {
        if (IsReference)
            throw new FailedPreconditionException("DOCUMENT_NOT_STORED", ResourceName,
                $"{ResourceName} is a reference: the registry keeps no content for it; fetch it from {Uri}");
    }

    /// <summary>A new, time-ordered document id.</summary>
    public static string NewId() => "d" + Guid.CreateVersion7().ToString("N");
}
