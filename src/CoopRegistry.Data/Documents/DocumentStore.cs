using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace CoopRegistry.Data.Documents;

/// <summary>
/// Documents attached to register records, kept in PostgreSQL: a row per document and its content
/// in chunks of 1 MiB, written as they arrive and read one at a time, so that no call holds a
/// whole file in memory. The parent record is checked by the caller (RecordStore) and touched
/// here, so its etag changes with its documents.
/// </summary>
public sealed class DocumentStore(RegistryDbContext db, RecordStore records)
{
    /// <summary>Uploads name their fields as in UploadDocumentRequest.</summary>
    private const string Metadata = "metadata.";

    /// <summary>The documents of one record, oldest first (for the record's <c>documents</c> field).</summary>
    public async Task<IReadOnlyList<RecordDocument>> ListAsync(string collection, string recordId, CancellationToken cancellationToken) =>
        await db.Set<RecordDocument>().AsNoTracking().OfRecord(collection, recordId).ToListAsync(cancellationToken);

    /// <summary>One document of a record, or NOT_FOUND.</summary>
    public async Task<RecordDocument> GetAsync(string collection, string recordId, string documentId, CancellationToken cancellationToken) =>
        await db.Set<RecordDocument>().AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == documentId && d.ParentCollection == collection && d.ParentId == recordId, cancellationToken)
        ?? throw new NotFoundException(DocumentNames.Format(collection, recordId, documentId));

    /// <summary>
    /// Stores an uploaded file once per request id (AIP-155): a retry is answered with the document
    /// the first upload stored, found on the parent the caller may see, and its content is not read
    /// here. Otherwise, in one transaction, the document row, then each 1 MiB chunk as the content
    /// arrives, hashed on the way; committed only when the size and SHA-256 are those stated and the
    /// content starts as its type must, else nothing stays (INVALID_ARGUMENT). The parent, from
    /// <paramref name="parentForChange"/> (tracked), is saved with it: its etag changes, and a
    /// change to it since it was read is ABORTED.
    /// </summary>
    public Task<RecordDocument> UploadAsync<TParent>(
        string collection, string parentId, Caller caller, Guid? requestId, RecordDocument document,
        Func<CancellationToken, Task<TParent>> parentForChange, IAsyncEnumerable<ReadOnlyMemory<byte>> content, CancellationToken cancellationToken)
        where TParent : RegistryRecord =>
        RequestLog.CreateOnceAsync(db, caller, requestId, Metadata + "request_id", (name, ct) => UploadedAsync<TParent>(collection, parentId, name, caller, ct), async ct =>
        {
            var parent = await parentForChange(ct);
            Stamp(parent, document, caller);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Add(document);
            await db.SaveChangesAsync(ct);
            await WriteContentAsync(document, content, ct);
            RequestLog.Remember(db, caller, requestId, document.ResourceName, records.Now);
            await records.SaveAsync(parent, caller, ct);
            await transaction.CommitAsync(ct);
            return document;
        }, cancellationToken);

    /// <summary>The content in chunks of 1 MiB, checked against the stated size, SHA-256 and type.</summary>
    private async Task WriteContentAsync(RecordDocument document, IAsyncEnumerable<ReadOnlyMemory<byte>> content, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[DocumentRules.ChunkBytes];
        var filled = 0;
        var sequence = 0;
        long total = 0;
        await foreach (var piece in content.WithCancellation(cancellationToken))
        {
            total += piece.Length;
            if (total > DocumentRules.MaxSizeBytes)
                throw new InvalidArgumentException("chunk", $"the content passed the limit of {DocumentRules.MaxSizeBytes} bytes (50 MB); the upload was stopped");
            if (total > document.SizeBytes)
                throw new InvalidArgumentException(Metadata + "size_bytes", $"the content is longer than the stated {document.SizeBytes} bytes");
            hash.AppendData(piece.Span);
            for (var rest = piece; rest.Length > 0;)
            {
                var take = Math.Min(rest.Length, buffer.Length - filled);
                rest[..take].CopyTo(buffer.AsMemory(filled));
                filled += take;
                rest = rest[take..];
                if (filled == buffer.Length)
                {
                    await WriteChunkAsync(document, sequence++, buffer, filled, cancellationToken);
                    filled = 0;
                }
            }
        }
        if (filled > 0)
            await WriteChunkAsync(document, sequence, buffer, filled, cancellationToken);

        if (total != document.SizeBytes)
            throw new InvalidArgumentException(Metadata + "size_bytes", $"the content has {total} bytes, not the stated {document.SizeBytes}");
        var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (actual != document.Sha256)
            throw new InvalidArgumentException(Metadata + "sha256", $"the content's SHA-256 is {actual}, not the stated one; nothing was stored");
    }

    /// <summary>Attaches a reference to a file kept elsewhere (no content); <paramref name="parent"/> as for uploads.</summary>
    public async Task<RecordDocument> AddReferenceAsync(RegistryRecord parent, RecordDocument document, Caller caller, CancellationToken cancellationToken)
    {
        Stamp(parent, document, caller);
        records.AddPart(document);
        await records.SaveAsync(parent, caller, cancellationToken);
        return document;
    }

    /// <summary>A stored document's content, chunk by chunk in order, each read when asked for.</summary>
    public async IAsyncEnumerable<byte[]> ReadContentAsync(RecordDocument document, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        document.DemandStored();
        var count = await db.Set<DocumentChunk>().CountAsync(c => c.DocumentId == document.Id, cancellationToken);
        for (var sequence = 0; sequence < count; sequence++)
        {
            var current = sequence;
            yield return await db.Set<DocumentChunk>().AsNoTracking()
                .Where(c => c.DocumentId == document.Id && c.Sequence == current)
                .Select(c => c.Data)
                .SingleAsync(cancellationToken);
        }
    }

    private void Stamp(RegistryRecord parent, RecordDocument document, Caller caller)
    {
        document.Id = RecordDocument.NewId();
        document.ParentCollection = parent.Collection;
        document.ParentId = parent.Id;
        document.CreateTime = records.Now;
        document.CreatedByClient = caller.ClientId;
        document.CreatedByAgency = caller.AgencyId;
    }

    private async Task WriteChunkAsync(RecordDocument document, int sequence, byte[] buffer, int length, CancellationToken cancellationToken)
    {
        if (sequence == 0 && !DocumentContentTypes.Matches(document.ContentType, buffer.AsSpan(0, length)))
            throw new InvalidArgumentException(Metadata + "content_type", $"the content does not start as a {document.ContentType} file must; nothing was stored");
        var chunk = new DocumentChunk { DocumentId = document.Id, Sequence = sequence, Data = buffer.AsSpan(0, length).ToArray() };
        db.Add(chunk);
        await db.SaveChangesAsync(cancellationToken);
        // Written: let it go, so the tracker never holds more than one chunk.
        db.Entry(chunk).State = EntityState.Detached;
    }

    /// <summary>The document an upload named <paramref name="name"/> stored, if it is one of this parent, which the caller must see.</summary>
    private async Task<RecordDocument?> UploadedAsync<TParent>(string collection, string parentId, string name, Caller caller, CancellationToken cancellationToken)
        where TParent : RegistryRecord
    {
        await records.GetAsync<TParent>(collection, parentId, caller, cancellationToken);
        var prefix = DocumentNames.Format(collection, parentId, "");
        var id = name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : null;
        return id is null ? null : await db.Set<RecordDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
    }
}
