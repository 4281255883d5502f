using System.Security.Cryptography;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Documents;
using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Documents;
using CoopRegistry.Server.Tests.Fixtures;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DocumentKind = CoopRegistry.Contracts.V1.DocumentKind;
using Model = CoopRegistry.Domain.Agreements;

namespace CoopRegistry.Server.Tests.Agreements;

/// <summary>
/// Agreement documents through gRPC: streamed upload checked against the stated size, SHA-256 and
/// type, kept in PostgreSQL chunks, streamed back byte-identical; references by URI; who may do what.
/// Agreements are inserted directly: their Create is built elsewhere.
/// </summary>
public class DocumentTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private const string Pdf = DocumentContentTypes.Pdf;

    private AgreementService.AgreementServiceClient Client(Caller caller) =>
        new(registry.ChannelWith(TestTokens.For(caller)));

    private AgreementService.AgreementServiceClient Manager => Client(TestCallers.ForeignAffairs);

    /// <summary>A Gia Lai agreement with the given partner provinces as parties; returns its id.</summary>
    private Task<string> NewAgreementAsync(params string[] partyProvinces) => NewAgreementAsync(withdrawn: false, partyProvinces);

    private async Task<string> NewAgreementAsync(bool withdrawn, params string[] partyProvinces)
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

    private async Task<string> EtagAsync(string id)
    {
        await using var db = registry.CreateContext();
        return (await db.Set<Model.Agreement>().AsNoTracking().SingleAsync(a => a.Id == id)).Etag;
    }

    private async Task<(long Documents, long Chunks)> CountRowsAsync()
    {
        await using var db = registry.CreateContext();
        return (await db.Set<RecordDocument>().LongCountAsync(), await db.Set<DocumentChunk>().LongCountAsync());
    }

    /// <summary>Deterministic bytes starting as a PDF must.</summary>
    private static byte[] PdfLike(int size, int seed = 1)
    {
        var content = new byte[size];
        new Random(seed).NextBytes(content);
        "%PDF-1.7\n"u8.CopyTo(content);
        return content;
    }

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static IEnumerable<byte[]> Split(byte[] content, int size)
    {
        for (var offset = 0; offset < content.Length; offset += size)
            yield return content[offset..Math.Min(content.Length, offset + size)];
    }

    private static UploadDocumentMetadata Metadata(string id, byte[] content, string? etag = null, string? requestId = null) => new()
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
    private static async Task<UploadDocumentResponse> UploadAsync(AgreementService.AgreementServiceClient client, IEnumerable<UploadDocumentRequest> messages)
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

    private static Task<UploadDocumentResponse> UploadAsync(AgreementService.AgreementServiceClient client, UploadDocumentMetadata metadata, IEnumerable<byte[]> chunks) =>
        UploadAsync(client, chunks.Select(c => new UploadDocumentRequest { Chunk = ByteString.CopyFrom(c) }).Prepend(new UploadDocumentRequest { Metadata = metadata }));

    private static async Task<(AgreementDocument Metadata, byte[] Content, int Chunks)> DownloadAsync(AgreementService.AgreementServiceClient client, string name)
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

    [Fact]
    public async Task A_3_MB_pdf_uploaded_in_many_chunks_downloads_byte_identical_and_changes_the_etag()
    {
        var id = await NewAgreementAsync("KH-16");
        var etag = await EtagAsync(id);
        var content = PdfLike(3 * 1024 * 1024 + 12_345);

        // Uneven pieces, so the server re-chunks them into 1 MiB rows.
        var uploaded = await UploadAsync(Manager, Metadata(id, content, etag), Split(content, 100_000));

        Assert.StartsWith($"agreements/{id}/documents/", uploaded.Document.Name);
        Assert.Equal(Sha256(content), uploaded.Document.Sha256);
        Assert.Equal(content.Length, uploaded.Document.SizeBytes);
        Assert.Equal(Pdf, uploaded.Document.ContentType);
        Assert.Equal(DocumentKind.SignedOriginal, uploaded.Document.Kind);
        Assert.Equal("", uploaded.Document.Uri);
        Assert.NotEqual(etag, uploaded.Etag);
        Assert.Equal(await EtagAsync(id), uploaded.Etag);

        var (metadata, downloaded, chunks) = await DownloadAsync(Manager, uploaded.Document.Name);
        Assert.Equal(uploaded.Document, metadata);
        Assert.Equal(content, downloaded);
        Assert.Equal(4, chunks);

        // A partner province that is a party reads it too.
        var (_, partnerCopy, _) = await DownloadAsync(Client(TestCallers.Ratanakiri), uploaded.Document.Name);
        Assert.Equal(content, partnerCopy);

        // The query the agreement's Get fills `documents` with.
        await using var scope = registry.Factory.Services.CreateAsyncScope();
        var listed = await scope.ServiceProvider.GetRequiredService<DocumentStore>().ListAsync("agreements", id, CancellationToken.None);
        Assert.Equal(uploaded.Document.Name, Assert.Single(listed).ResourceName);
    }

    [Fact]
    public async Task A_wrong_sha256_is_refused_and_nothing_is_stored()
    {
        var id = await NewAgreementAsync();
        var content = PdfLike(2 * 1024 * 1024 + 7);
        var metadata = Metadata(id, content);
        metadata.Sha256 = Sha256(PdfLike(10, seed: 2));
        var before = await CountRowsAsync();
        var etag = await EtagAsync(id);

        await RpcAssert.InvalidFieldAsync("metadata.sha256", () => UploadAsync(Manager, metadata, Split(content, 512 * 1024)));

        Assert.Equal(before, await CountRowsAsync());
        Assert.Equal(etag, await EtagAsync(id));
    }

    [Fact]
    public async Task Content_shorter_or_longer_than_stated_is_refused_and_nothing_is_stored()
    {
        var id = await NewAgreementAsync();
        var content = PdfLike(300_000);
        var before = await CountRowsAsync();
        var shorter = Metadata(id, content);
        shorter.SizeBytes = content.Length + 1;
        await RpcAssert.InvalidFieldAsync("metadata.size_bytes", () => UploadAsync(Manager, shorter, Split(content, 64 * 1024)));
        var longer = Metadata(id, content);
        longer.SizeBytes = content.Length - 1;
        await RpcAssert.InvalidFieldAsync("metadata.size_bytes", () => UploadAsync(Manager, longer, Split(content, 64 * 1024)));
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task A_stated_size_over_50_MB_is_refused()
    {
        var id = await NewAgreementAsync();
        var metadata = Metadata(id, PdfLike(10));
        metadata.SizeBytes = DocumentRules.MaxSizeBytes + 1;
        var violation = await RpcAssert.InvalidFieldAsync("metadata.size_bytes", () => UploadAsync(Manager, metadata, [PdfLike(10)]));
        Assert.Contains("50 MB", violation.Description);
    }

    [Fact]
    public async Task Content_over_50_MB_is_refused_once_the_limit_is_passed_and_nothing_is_stored()
    {
        var id = await NewAgreementAsync();
        var before = await CountRowsAsync();
        var metadata = Metadata(id, PdfLike(10));
        metadata.SizeBytes = DocumentRules.MaxSizeBytes;
        // 60 MiB generated one chunk at a time, never held whole.
        var chunks = Enumerable.Range(0, 60).Select(i => PdfLike(DocumentRules.ChunkBytes, seed: i));

        var violation = await RpcAssert.InvalidFieldAsync("chunk", () => UploadAsync(Manager, metadata, chunks));

        Assert.Contains("50 MB", violation.Description);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task Content_that_is_not_what_its_type_says_is_refused()
    {
        var id = await NewAgreementAsync();
        // A Windows program renamed .pdf.
        var program = PdfLike(5000);
        "MZ\u0090\0"u8.CopyTo(program);
        var before = await CountRowsAsync();
        await RpcAssert.InvalidFieldAsync("metadata.content_type", () => UploadAsync(Manager, Metadata(id, program), Split(program, 1000)));

        var png = Metadata(id, program);
        png.ContentType = DocumentContentTypes.Png;
        await RpcAssert.InvalidFieldAsync("metadata.content_type", () => UploadAsync(Manager, png, Split(program, 1000)));
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task Bad_metadata_is_refused_naming_every_field()
    {
        var id = await NewAgreementAsync();
        var metadata = new UploadDocumentMetadata
        {
            Parent = $"agreements/{id}",
            FileName = "../x.exe",
            ContentType = "application/x-msdownload",
            SizeBytes = 0,
            Sha256 = "ABC",
            RequestId = "not-a-uuid",
        };
        var status = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => UploadAsync(Manager, metadata, [PdfLike(10)]));
        var fields = status.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field).Order();
        Assert.Equal(["metadata.content_type", "metadata.file_name", "metadata.kind", "metadata.request_id", "metadata.sha256", "metadata.size_bytes"], fields);
    }

    [Fact]
    public async Task The_metadata_comes_first_and_only_once_and_chunks_are_at_most_1_MiB()
    {
        var id = await NewAgreementAsync();
        var content = PdfLike(1000);
        var before = await CountRowsAsync();

        await RpcAssert.InvalidFieldAsync("metadata", () => UploadAsync(Manager,
            [new UploadDocumentRequest { Chunk = ByteString.CopyFrom(content) }, new UploadDocumentRequest { Metadata = Metadata(id, content) }]));
        await RpcAssert.InvalidFieldAsync("metadata", () => UploadAsync(Manager,
            [new UploadDocumentRequest { Metadata = Metadata(id, content) }, new UploadDocumentRequest { Metadata = Metadata(id, content) }]));
        await RpcAssert.InvalidFieldAsync("metadata", () => UploadAsync(Manager, []));

        var big = PdfLike(DocumentRules.ChunkBytes + 1);
        await RpcAssert.InvalidFieldAsync("chunk", () => UploadAsync(Manager, Metadata(id, big), [big]));
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var id = await NewAgreementAsync();
        var metadata = Metadata(id, []);
        await RpcAssert.InvalidFieldAsync("metadata.size_bytes", () => UploadAsync(Manager, metadata, []));
    }

    [Fact]
    public async Task A_retried_upload_with_the_same_request_id_returns_the_first_document_and_stores_nothing_more()
    {
        var id = await NewAgreementAsync();
        var content = PdfLike(1_500_000);
        var requestId = Guid.NewGuid().ToString();
        var etag = await EtagAsync(id);
        var first = await UploadAsync(Manager, Metadata(id, content, etag, requestId), Split(content, 300_000));
        var before = await CountRowsAsync();

        // The retry carries the etag the first attempt was sent with, now stale: still the first answer.
        var retry = await UploadAsync(Manager, Metadata(id, content, etag, requestId), Split(content, 300_000));

        Assert.Equal(first.Document, retry.Document);
        Assert.Equal(first.Etag, retry.Etag);
        Assert.Equal(before, await CountRowsAsync());

        // A new request_id is a new upload.
        var again = await UploadAsync(Manager, Metadata(id, content, requestId: Guid.NewGuid().ToString()), Split(content, 300_000));
        Assert.NotEqual(first.Document.Name, again.Document.Name);
    }

    [Fact]
    public async Task A_partner_not_party_to_the_agreement_cannot_download_its_documents()
    {
        // Gia Lai and Attapeu (Laos) only: Ratanakiri is no party.
        var id = await NewAgreementAsync("LA-AT");
        var content = PdfLike(2000);
        var uploaded = await UploadAsync(Manager, Metadata(id, content), [content]);

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => DownloadAsync(Client(TestCallers.Ratanakiri), uploaded.Document.Name));
        // The auditor reads everything.
        var (_, copy, _) = await DownloadAsync(Client(TestCallers.Auditor), uploaded.Document.Name);
        Assert.Equal(content, copy);
    }

    [Fact]
    public async Task A_client_with_read_and_report_only_cannot_upload_or_attach()
    {
        var id = await NewAgreementAsync();
        var content = PdfLike(2000);
        var before = await CountRowsAsync();
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => UploadAsync(Client(TestCallers.Department), Metadata(id, content), [content]));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => UploadAsync(Client(TestCallers.Auditor), Metadata(id, content), [content]));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Client(TestCallers.Department).AddDocumentReferenceAsync(Reference(id)).ResponseAsync);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task A_stale_etag_is_refused_and_nothing_is_stored()
    {
        var id = await NewAgreementAsync();
        var stale = await EtagAsync(id);
        var content = PdfLike(2000);
        await UploadAsync(Manager, Metadata(id, content), [content]);
        var before = await CountRowsAsync();

        await RpcAssert.FailsAsync(StatusCode.Aborted, () => UploadAsync(Manager, Metadata(id, content, stale), [content]));
        var reference = Reference(id);
        reference.Etag = stale;
        await RpcAssert.FailsAsync(StatusCode.Aborted, () => Manager.AddDocumentReferenceAsync(reference).ResponseAsync);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task An_unknown_agreement_or_document_is_not_found()
    {
        var content = PdfLike(2000);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => UploadAsync(Manager, Metadata("no-such-agreement", content), [content]));
        var id = await NewAgreementAsync();
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => DownloadAsync(Manager, $"agreements/{id}/documents/d0000"));
        await RpcAssert.InvalidFieldAsync("name", () => DownloadAsync(Manager, $"agreements/{id}"));
    }

    [Fact]
    public async Task Nothing_is_attached_to_a_withdrawn_agreement()
    {
        var id = await NewAgreementAsync(withdrawn: true);
        var content = PdfLike(2000);
        var status = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => UploadAsync(Manager, Metadata(id, content), [content]));
        Assert.Equal("WITHDRAWN", status.GetDetail<Google.Rpc.ErrorInfo>().Reason);
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Manager.AddDocumentReferenceAsync(Reference(id)).ResponseAsync);
    }

    private static AddDocumentReferenceRequest Reference(string id) => new()
    {
        Parent = $"agreements/{id}",
        FileName = "mou-attapeu-2025.pdf",
        ContentType = Pdf,
        SizeBytes = 123_456,
        Sha256 = Sha256(PdfLike(100)),
        Uri = "https://songoaivu.gialai.gov.vn/van-ban/mou-attapeu-2025.pdf",
        Kind = DocumentKind.Translation,
    };

    [Fact]
    public async Task A_reference_by_https_uri_is_attached_and_has_no_content_to_download()
    {
        var id = await NewAgreementAsync();
        var etag = await EtagAsync(id);
        var request = Reference(id);
        request.Etag = etag;
        var added = await Manager.AddDocumentReferenceAsync(request);

        Assert.Equal(request.Uri, added.Document.Uri);
        Assert.Equal(request.Sha256, added.Document.Sha256);
        Assert.Equal(DocumentKind.Translation, added.Document.Kind);
        Assert.NotEqual(etag, added.Etag);

        var status = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => DownloadAsync(Manager, added.Document.Name));
        Assert.Contains(request.Uri, status.Message);
    }

    [Theory]
    [InlineData("uri", "http://songoaivu.gialai.gov.vn/a.pdf")]
    [InlineData("uri", "ftp://example.org/a.pdf")]
    [InlineData("uri", "")]
    [InlineData("sha256", "")]
    public async Task A_reference_needs_an_https_uri_and_a_sha256(string field, string value)
    {
        var id = await NewAgreementAsync();
        var request = Reference(id);
        if (field == "uri")
            request.Uri = value;
        else
            request.Sha256 = value;
        await RpcAssert.InvalidFieldAsync(field, () => Manager.AddDocumentReferenceAsync(request).ResponseAsync);
    }
}
