namespace CoopRegistry.Server.Agreements;

/// <summary>Contract → domain for attached documents: validates and names every bad field at once.</summary>
public static class DocumentConverter
{
    /// <summary>UploadDocument: the file its first message describes, and its request_id; fields named "metadata.…".</summary>
    public static (RecordDocument Document, Guid? RequestId) ForUpload(Contract.UploadDocumentMetadata metadata)
    {
        const string prefix = "metadata.";
        var document = Read(metadata.FileName, metadata.ContentType, metadata.SizeBytes, metadata.Sha256, uri: null);
        var violations = new FieldViolations();
        violations.All.AddRange(DocumentRules.CheckFile(document, prefix));
        document.Kind = violations.Check(() => Kind(metadata.Kind, prefix + "kind"));
        var requestId = violations.Check(() => RequestIds.Parse(metadata.RequestId, prefix + "request_id"));
        violations.ThrowIfAny();
        return (document, requestId);
    }

    /// <summary>AddDocumentReference: a reference to a file kept elsewhere.</summary>
    public static RecordDocument ForReference(Contract.AddDocumentReferenceRequest request)
    {
        var document = Read(request.FileName, request.ContentType, request.SizeBytes, request.Sha256, request.Uri);
        var violations = new FieldViolations();
        violations.All.AddRange(DocumentRules.CheckReference(document, ""));
        document.Kind = violations.Check(() => Kind(request.Kind, "kind"));
        violations.ThrowIfAny();
        return document;
    }

    private static DocumentKind Kind(Contract.DocumentKind kind, string field) => kind switch
    {
        Contract.DocumentKind.SignedOriginal => DocumentKind.SignedOriginal,
        Contract.DocumentKind.Translation => DocumentKind.Translation,
        Contract.DocumentKind.Annex => DocumentKind.Annex,
        Contract.DocumentKind.Draft => DocumentKind.Draft,
        _ => throw new InvalidArgumentException(field, "is required: DOCUMENT_KIND_SIGNED_ORIGINAL, _TRANSLATION, _ANNEX or _DRAFT"),
    };

    private static RecordDocument Read(string fileName, string contentType, long sizeBytes, string sha256, string? uri) => new()
    {
        FileName = fileName.Trim(),
        ContentType = DocumentContentTypes.Normalize(contentType) ?? contentType,
        SizeBytes = sizeBytes,
        Sha256 = sha256,
        Uri = string.IsNullOrEmpty(uri) ? null : uri.Trim(),
    };
}
