using System.Security.Cryptography;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Documents;
using CoopRegistry.Data.Records;
using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Documents;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DocumentKind = CoopRegistry.Contracts.V1.DocumentKind;
using Model = CoopRegistry.Domain.Agreements;

namespace CoopRegistry.Server.Tests.Agreements;

/// <summary>
/// What the document tests share: clients, agreements inserted directly (their Create is built
/// elsewhere), PDF-like content, and upload, download and reference requests.
/// </summary>
public abstract class DocumentTestBase(RegistryFixture registry)
{
    protected RegistryFixture Registry => registry;

    protected const string Pdf = DocumentContentTypes.Pdf;

    protected AgreementService.AgreementServiceClient Client(Caller caller) =>
        new(registry.ChannelWith(TestTokens.For(caller)));

    protected AgreementService.AgreementServiceClient Manager => Client(TestCallers.ForeignAffairs);

    /// <summary>A Gia Lai agreement with the given partner provinces as parties; returns its id.</summary>
    protected Task<string> NewAgreementAsync(params string[] partyProvinces) => NewAgreementAsync(withdrawn: false, partyProvinces);

    protected async Task<string> NewAgreementAsync(bool withdrawn, params string[] partyProvinces)
    {
        var id = "a" + Guid.NewGuid().ToString("N")[..20];
        await using var db = registry.CreateContext();
        var now = DateTime.UtcNow;
        db.Add(new Model.Agreement
        {
            Id = id,
            HomeProvinceCode = "VN-30",
            Title = "Biên bản ghi nhớ hợp tác",
            // Parties as the store keeps them: named, and their provinces (a save derives the one from the other).
            Parties = [.. new[] { "VN-30" }.Concat(partyProvinces).Select(p => new Model.AgreementParty(p, null, null, Model.PartyRole.Signatory))],
            PartyProvinceCodes = [.. new[] { "VN-30" }.Concat(partyProvinces).Order(StringComparer.Ordinal)],
            CreateTime = now,
            UpdateTime = now,
            CreatedByClient = "test",
            UpdatedByClient = "test",
            DeleteTime = withdrawn ? now : null,
            WithdrawalReason = withdrawn ? "test" : null,
        });
        await db.SaveChangesAsync();
        return id;
    }

    protected async Task<string> EtagAsync(string id)
    {
        await using var db = registry.CreateContext();
        var agreement = await db.Set<Model.Agreement>().AsNoTracking().SingleAsync(a => a.Id == id);
        return registry.Factory.Services.GetRequiredService<EtagSeal>().Of(agreement);
    }

    protected async Task<(long Documents, long Chunks)> CountRowsAsync()
    {
        await using var db = registry.CreateContext();
        return (await db.Set<RecordDocument>().LongCountAsync(), await db.Set<DocumentChunk>().LongCountAsync());
    }

    /// <summary>Deterministic bytes starting as a PDF must.</summary>
    protected static byte[] PdfLike(int size, int seed = 1)
    {
        var content = new byte[size];
        new Random(seed).NextBytes(content);
        "%PDF-1.7\n"u8.CopyTo(content);
        return content;
    }

    protected static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    protected static IEnumerable<byte[]> Split(byte[] content, int size)
    {
        for (var offset = 0; offset < content.Length; offset += size)
            yield return content[offset..Math.Min(content.Length, offset + size)];
    }

    protected static UploadDocumentMetadata Metadata(string id, byte[] content, string? etag = null, string? requestId = null) => new()
    {
        Parent = $"agreements/{id}",
        FileName = "bien-ban-ghi-nho.pdf",
        ContentType = Pdf,
        SizeBytes = content.Length,
        Sha256 = Sha256(content),
        Kind = DocumentKind.SignedOriginal,
        Etag = etag ?? "",
        RequestId = requestId ?? "",
    };

    /// <summary>Sends the messages one by one (lazily); a refusal before the end shows in the response.</summary>
    protected static async Task<UploadDocumentResponse> UploadAsync(AgreementService.AgreementServiceClient client, IEnumerable<UploadDocumentRequest> messages)
    {
        using var call = client.UploadDocument(deadline: DateTime.UtcNow.AddMinutes(5));
        try
        {
            foreach (var message in messages)
                await call.RequestStream.WriteAsync(message);
            await call.RequestStream.CompleteAsync();
        }
        catch (Exception e) when (e is RpcException or InvalidOperationException)
        {
            // The server ended the call early; its status is the response's.
        }
        return await call.ResponseAsync;
    }

    protected static Task<UploadDocumentResponse> UploadAsync(AgreementService.AgreementServiceClient client, UploadDocumentMetadata metadata, IEnumerable<byte[]> chunks) =>
        UploadAsync(client, chunks.Select(c => new UploadDocumentRequest { Chunk = ByteString.CopyFrom(c) }).Prepend(new UploadDocumentRequest { Metadata = metadata }));

    protected static async Task<(AgreementDocument Metadata, byte[] Content, int Chunks)> DownloadAsync(AgreementService.AgreementServiceClient client, string name)
    {
        using var call = client.DownloadDocument(new DownloadDocumentRequest { Name = name });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var metadata = call.ResponseStream.Current.Metadata;
        Assert.NotNull(metadata);
        using var content = new MemoryStream();
        var chunks = 0;
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            Assert.Equal(DownloadDocumentResponse.PartOneofCase.Chunk, call.ResponseStream.Current.PartCase);
            call.ResponseStream.Current.Chunk.WriteTo(content);
            chunks++;
        }
        return (metadata, content.ToArray(), chunks);
    }

    protected static AddDocumentReferenceRequest Reference(string id) => new()
    {
        Parent = $"agreements/{id}",
        FileName = "mou-attapeu-2025.pdf",
        ContentType = Pdf,
        SizeBytes = 123_456,
        Sha256 = Sha256(PdfLike(100)),
        Uri = "https://songoaivu.gialai.gov.vn/van-ban/mou-attapeu-2025.pdf",
        Kind = DocumentKind.Translation,
    };

}
