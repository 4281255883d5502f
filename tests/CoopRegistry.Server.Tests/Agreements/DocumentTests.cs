using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Documents;
using CoopRegistry.Domain.Documents;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DocumentKind = CoopRegistry.Contracts.V1.DocumentKind;

namespace CoopRegistry.Server.Tests.Agreements;

/// <summary>
/// Agreement documents through gRPC: streamed upload checked against the stated size, SHA-256 and
/// type, kept in PostgreSQL chunks, streamed back byte-identical.
/// </summary>
public class DocumentTests(RegistryFixture registry) : DocumentTestBase(registry), IClassFixture<RegistryFixture>
{
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
        await using var scope = Registry.Factory.Services.CreateAsyncScope();
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

}
