using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using CoopRegistry.Data.Records;
using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Documents;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Data.Documents;

/// <summary>
/// Documents attached to register records, kept in PostgreSQL: a row per document and its content
/// in chunks of 1 MiB, written as they arrive and read one at a time, so that no call holds a
/// whole file in memory. The parent record is checked by the caller (RecordStore) and touched
/// here, so its etag changes with its documents.
/// </summary>
public sealed class DocumentStore(RegistryDbContext db, TimeProvider clock)
{
    /// <summary>Uploads name their fields as in UploadDocumentRequest.</summary>
    private const string Metadata = "metadata.";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The documents of one record, oldest first (for the record's <c>documents</c> field).</summary>
    public async Task<IReadOnlyList<RecordDocument>> ListAsync(string collection, string recordId, CancellationToken cancellationToken) =>
        await db.Set<RecordDocument>().AsNoTracking().OfRecord(collection, recordId).ToListAsync(cancellationToken);

    /// <summary>One document of a record, or NOT_FOUND.</summary>
    public async Task<RecordDocument> GetAsync(string collection, string recordId, string documentId, CancellationToken cancellationToken) =>
        await db.Set<RecordDocument>().AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == documentId && d.ParentCollection == collection && d.ParentId == recordId, cancellationToken)
        ?? throw new NotFoundException(DocumentNames.Format(collection, recordId, documentId));

    /// <summary>The document an earlier upload with this client's <paramref name="requestId"/> stored, if any (AIP-155).</summary>
    public async Task<RecordDocument?> FindByRequestAsync(Caller caller, Guid requestId, RegistryRecord parent, CancellationToken cancellationToken)
    {
        var prior = await db.Set<RequestRecord>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.ClientId == caller.ClientId && r.RequestId == requestId, cancellationToken);
        if (prior is null)
            return null;
        var prefix = DocumentNames.Format(parent.Collection, parent.Id, "");
        var id = prior.ResourceName.StartsWith(prefix, StringComparison.Ordinal) ? prior.ResourceName[prefix.Length..] : null;
        var document = id is null ? null
            : await db.Set<RecordDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return document ?? throw new InvalidArgumentException(Metadata + "request_id",
            $"was already used for {prior.ResourceName}; use a new UUID for a new request");
    }

    /// <summary>
    /// Stores an uploaded file in one transaction: the document row, then each 1 MiB chunk as the
    /// content arrives, hashed on the way. Committed only when the size and SHA-256 are those
    /// stated and the content starts as its type must; otherwise nothing stays (INVALID_ARGUMENT).
    /// <paramref name="parent"/> must be tracked (RecordStore.GetForChangeAsync): it is touched, and
    /// a change to it since it was read is ABORTED.
    /// </summary>
    public async Task<RecordDocument> UploadAsync(RegistryRecord parent, RecordDocument document, Guid? requestId,
        IAsyncEnumerable<ReadOnlyMemory<byte>> content, Caller caller, CancellationToken cancellationToken)
    {
        Stamp(parent, document, caller);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(document);
        await db.SaveChangesAsync(cancellationToken);

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

        if (requestId is { } id)
            db.Add(new RequestRecord { ClientId = caller.ClientId, RequestId = id, ResourceName = document.ResourceName, CreateTime = Now });
        try
        {
            await SaveWithParentAsync(parent, caller, cancellationToken);
        }
        catch (DbUpdateException e) when (requestId is { } retry && PostgresErrors.IsUniqueViolation(e))
        {
            // Two uploads with the same request_id raced: the other one's document is the answer.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await FindByRequestAsync(caller, retry, parent, cancellationToken)
                ?? throw new ConcurrencyConflictException(parent.ResourceName);
        }
        await transaction.CommitAsync(cancellationToken);
        return document;
    }

    /// <summary>Attaches a reference to a file kept elsewhere (no content); <paramref name="parent"/> as for uploads.</summary>
    public async Task<RecordDocument> AddReferenceAsync(RegistryRecord parent, RecordDocument document, Caller caller, CancellationToken cancellationToken)
    {
        Stamp(parent, document, caller);
        db.Add(document);
        await SaveWithParentAsync(parent, caller, cancellationToken);
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
        // PostgreSQL keeps microseconds: the answer carries what a later read will.
        document.CreateTime = DatabasePrecision.Truncate(Now);
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

    /// <summary>Saves with the parent touched (its etag changes); a change to it since it was read is ABORTED.</summary>
    private async Task SaveWithParentAsync(RegistryRecord parent, Caller caller, CancellationToken cancellationToken)
    {
        // PostgreSQL keeps microseconds: the answer and the audit image then say what the row says.
        parent.UpdateTime = DatabasePrecision.Truncate(Now);
        parent.UpdatedByClient = caller.ClientId;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(parent.ResourceName);
        }
    }
}
