using System.Runtime.CompilerServices;
using CoopRegistry.Contracts.V1;
using Model = CoopRegistry.Domain.Agreements;

namespace CoopRegistry.Server.Agreements;

/// <summary>AgreementService's documents: upload (client streaming), references by URI, download (server streaming).</summary>
public sealed partial class AgreementGrpcService
{
    public override async Task<UploadDocumentResponse> UploadDocument(IAsyncStreamReader<UploadDocumentRequest> requestStream, ServerCallContext context)
    {
        var caller = context.Caller();
        var metadata = await FirstMetadataAsync(requestStream, context.CancellationToken);
        var id = records.Id(metadata.Parent, "metadata.parent");
        var (draft, requestId) = DocumentConverter.ForUpload(metadata);
        // Checked before the content is received, so a caller that may not upload sends nothing;
        // checked again (tracked, with the etag) in the short transaction that stores it.
        var agreement = await store.GetAsync<Model.Agreement>(Model.Agreement.CollectionName, id, caller, context.CancellationToken);
        RecordAccess.DemandManage(caller, agreement);
        await using var content = await UploadSpool.ReceiveAsync(ChunksAsync(requestStream, CancellationToken.None), limits.Value.UploadIdleTimeout, context.CancellationToken);
        Model.Agreement? changed = null;
        var document = await documents.UploadAsync(Model.Agreement.CollectionName, id, caller, requestId, draft, async ct =>
        {
            changed = await store.GetForChangeAsync<Model.Agreement>(Model.Agreement.CollectionName, id, metadata.Etag, caller, ct);
            changed.DemandNotWithdrawn();
            return changed;
        }, content.ContentAsync(context.CancellationToken), context.CancellationToken);
        var etag = store.EtagOf(document.Id == draft.Id ? changed!
            : await store.GetAsync<Model.Agreement>(Model.Agreement.CollectionName, id, caller, context.CancellationToken));
        return new UploadDocumentResponse { Document = document.Adapt<AgreementDocument>(mapping), Etag = etag };
    }

    public override async Task<AddDocumentReferenceResponse> AddDocumentReference(AddDocumentReferenceRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var id = records.Id(request.Parent, "parent");
        var draft = DocumentConverter.ForReference(request);
        var agreement = await store.GetForChangeAsync<Model.Agreement>(Model.Agreement.CollectionName, id, request.Etag, caller, context.CancellationToken);
        agreement.DemandNotWithdrawn();
        var document = await documents.AddReferenceAsync(agreement, draft, caller, context.CancellationToken);
        return new AddDocumentReferenceResponse { Document = document.Adapt<AgreementDocument>(mapping), Etag = store.EtagOf(agreement) };
    }

    public override async Task DownloadDocument(DownloadDocumentRequest request, IServerStreamWriter<DownloadDocumentResponse> responseStream, ServerCallContext context)
    {
        var caller = context.Caller();
        var (id, documentId) = DocumentNames.Parse(Model.Agreement.CollectionName, request.Name, "name");
        var agreement = await store.GetAsync<Model.Agreement>(Model.Agreement.CollectionName, id, caller, context.CancellationToken);
        DocumentAccess.DemandReadDocuments(caller, agreement, IsConfidential(agreement));
        var document = await documents.GetAsync(Model.Agreement.CollectionName, id, documentId, context.CancellationToken);
        document.DemandStored();
        await responseStream.WriteAsync(new DownloadDocumentResponse { Metadata = document.Adapt<AgreementDocument>(mapping) }, context.CancellationToken);
        await foreach (var chunk in documents.ReadContentAsync(document, context.CancellationToken))
            await responseStream.WriteAsync(new DownloadDocumentResponse { Chunk = Google.Protobuf.UnsafeByteOperations.UnsafeWrap(chunk) }, context.CancellationToken);
    }

    /// <summary>Confidential agreements' documents are only for their home province and auditors.</summary>
    private static bool IsConfidential(Model.Agreement agreement) => agreement.Confidentiality == Model.Confidentiality.Confidential;

    /// <summary>The documents of an agreement as the caller may see them: none when they are confidential to it.</summary>
    private IEnumerable<AgreementDocument> Readable(Model.Agreement agreement, IReadOnlyList<RecordDocument> stored, Caller caller) =>
        DocumentAccess.CanReadDocuments(caller, agreement, IsConfidential(agreement))
            ? stored.Select(d => d.Adapt<AgreementDocument>(mapping))
            : [];

    private static async Task<UploadDocumentMetadata> FirstMetadataAsync(IAsyncStreamReader<UploadDocumentRequest> requestStream, CancellationToken cancellationToken)
    {
        if (!await requestStream.MoveNext(cancellationToken) || requestStream.Current.PartCase != UploadDocumentRequest.PartOneofCase.Metadata)
            throw new InvalidArgumentException("metadata", "the first message must carry the metadata (parent, file_name, content_type, size_bytes, sha256, kind); the content follows in chunk messages");
        return requestStream.Current.Metadata;
    }

    /// <summary>The content messages after the metadata, each at most 1 MiB; another metadata message is refused.</summary>
    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> ChunksAsync(IAsyncStreamReader<UploadDocumentRequest> requestStream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await requestStream.MoveNext(cancellationToken))
        {
            var message = requestStream.Current;
            if (message.PartCase == UploadDocumentRequest.PartOneofCase.Metadata)
                throw new InvalidArgumentException("metadata", "only the first message may carry metadata; the following ones carry chunk");
            if (message.PartCase != UploadDocumentRequest.PartOneofCase.Chunk)
                throw new InvalidArgumentException("chunk", "every message after the metadata must carry a chunk of the content");
            if (message.Chunk.Length > DocumentRules.ChunkBytes)
                throw new InvalidArgumentException("chunk", $"a chunk may have at most {DocumentRules.ChunkBytes} bytes (1 MiB); this one has {message.Chunk.Length}");
            yield return message.Chunk.Memory;
        }
    }
}
