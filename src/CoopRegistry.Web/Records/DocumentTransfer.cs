using System.Security.Cryptography;
using CoopRegistry.Clients;
using CoopRegistry.Contracts.V1;
using Google.Protobuf;
using Microsoft.AspNetCore.Components.Forms;

namespace CoopRegistry.Web.Records;

/// <summary>
/// Documents to and from the registry in chunks: an upload states its size and SHA-256 first (the
/// registry checks both), then streams the content, telling the page how far it got.
/// </summary>
public sealed class DocumentTransfer(AgreementService.AgreementServiceClient agreements)
{
    public const long MaxBytes = 50L * 1024 * 1024;
    private const int ChunkBytes = 64 * 1024;

    public async Task<AgreementDocument> UploadAsync(Agreement agreement, IBrowserFile file, DocumentKind kind, IProgress<double> progress)
    {
        // Read once from the browser: the hash must be known before the first chunk goes out.
        using var content = new MemoryStream();
        await using (var browser = file.OpenReadStream(MaxBytes))
            await browser.CopyToAsync(content);
        var bytes = content.ToArray();
        using var call = agreements.UploadDocument();
        await call.RequestStream.WriteAsync(new UploadDocumentRequest
        {
            Metadata = new UploadDocumentMetadata
            {
                Parent = agreement.Name,
                FileName = file.Name,
                ContentType = string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType,
                SizeBytes = bytes.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                Kind = kind,
                Etag = agreement.Etag,
                RequestId = RequestIds.NewId().ToString(),
            },
        });
        for (var sent = 0; sent < bytes.Length; sent += ChunkBytes)
        {
            var length = Math.Min(ChunkBytes, bytes.Length - sent);
            await call.RequestStream.WriteAsync(new UploadDocumentRequest { Chunk = ByteString.CopyFrom(bytes, sent, length) });
            progress.Report((double)(sent + length) / bytes.Length);
        }
        await call.RequestStream.CompleteAsync();
        return (await call.ResponseAsync).Document;
    }

    public async Task<(AgreementDocument Metadata, Stream Content)> DownloadAsync(string name)
    {
        using var call = agreements.DownloadDocument(new DownloadDocumentRequest { Name = name });
        AgreementDocument? metadata = null;
        var content = new MemoryStream();
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            var part = call.ResponseStream.Current;
            if (part.Metadata is not null)
                metadata = part.Metadata;
            else
                part.Chunk.WriteTo(content);
        }
        content.Position = 0;
        return (metadata ?? throw new InvalidOperationException($"{name}: the registry sent no metadata"), content);
    }
}
