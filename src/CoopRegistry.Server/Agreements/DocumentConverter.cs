using CoopRegistry.Domain.Documents;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Records;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Agreements;

/// <summary>Contract → domain for attached documents: validates and names every bad field at once.</summary>
public static class DocumentConverter
{
    /// <summary>The file an upload's first message describes, and its request_id; fields named "metadata.…".</summary>
    public static (RecordDocument Document, Guid? RequestId) FromUpload(Contract.UploadDocumentMetadata metadata)
    {
        const string prefix = "metadata.";
        var document = Convert(metadata.FileName, metadata.ContentType, metadata.SizeBytes, metadata.Sha256, uri: null);
        var violations = DocumentRules.CheckFile(document, prefix);
        Guid? requestId = null;
        Collect(violations, () => document.Kind = FromContract(metadata.Kind, prefix + "kind"));
        Collect(violations, () => requestId = RequestIds.Parse(metadata.RequestId, prefix + "request_id"));
        return violations.Count > 0 ? throw new InvalidArgumentException(violations) : (document, requestId);
    }

    /// <summary>A reference to a file kept elsewhere.</summary>
    public static RecordDocument FromReference(Contract.AddDocumentReferenceRequest request)
    {
        var document = Convert(request.FileName, request.ContentType, request.SizeBytes, request.Sha256, request.Uri);
        var violations = DocumentRules.CheckReference(document, "");
        Collect(violations, () => document.Kind = FromContract(request.Kind, "kind"));
        return violations.Count > 0 ? throw new InvalidArgumentException(violations) : document;
    }

    public static Contract.DocumentKind ToContract(DocumentKind kind) => kind switch
    {
        DocumentKind.SignedOriginal => Contract.DocumentKind.SignedOriginal,
        DocumentKind.Translation => Contract.DocumentKind.Translation,
        DocumentKind.Annex => Contract.DocumentKind.Annex,
        DocumentKind.Draft => Contract.DocumentKind.Draft,
        _ => Contract.DocumentKind.Unspecified,
    };

    private static DocumentKind FromContract(Contract.DocumentKind kind, string field) => kind switch
    {
        Contract.DocumentKind.SignedOriginal => DocumentKind.SignedOriginal,
        Contract.DocumentKind.Translation => DocumentKind.Translation,
        Contract.DocumentKind.Annex => DocumentKind.Annex,
        Contract.DocumentKind.Draft => DocumentKind.Draft,
        _ => throw new InvalidArgumentException(field, "is required: DOCUMENT_KIND_SIGNED_ORIGINAL, _TRANSLATION, _ANNEX or _DRAFT"),
    };

    private static RecordDocument Convert(string fileName, string contentType, long sizeBytes, string sha256, string? uri) => new()
    {
        FileName = fileName.Trim(),
        ContentType = DocumentContentTypes.Normalize(contentType) ?? contentType,
        SizeBytes = sizeBytes,
        Sha256 = sha256,
        Uri = string.IsNullOrEmpty(uri) ? null : uri.Trim(),
    };

    private static void Collect(List<FieldViolation> violations, Action convert)
    {
        try
        {
            convert();
        }
        catch (InvalidArgumentException e)
        {
            violations.AddRange(e.Violations);
        }
    }
}
