using CoopRegistry.Contracts.V1;
using DocumentKind = CoopRegistry.Contracts.V1.DocumentKind;

namespace CoopRegistry.Server.Tests.Agreements;

/// <summary>Agreement documents: retries by request_id, who may upload, attach and download, references by URI, the documents Get answers.</summary>
public class DocumentAccessTests(RegistryFixture registry) : DocumentTestBase(registry), IClassFixture<RegistryFixture>
{
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

    [Fact]
    public async Task Get_answers_every_document_of_the_agreement_oldest_first()
    {
        var id = await NewAgreementAsync();
        var alone = (await Manager.GetAgreementAsync(new GetAgreementRequest { Name = $"agreements/{id}" })).Agreement;
        Assert.Empty(alone.Documents);

        var added = new List<string>();
        foreach (var fileName in new[] { "ban-goc.pdf", "ban-dich.pdf", "phu-luc.pdf" })
        {
            var request = Reference(id);
            request.FileName = fileName;
            added.Add((await Manager.AddDocumentReferenceAsync(request)).Document.Name);
        }

        var agreement = (await Manager.GetAgreementAsync(new GetAgreementRequest { Name = $"agreements/{id}" })).Agreement;
        Assert.Equal(added, agreement.Documents.Select(d => d.Name));
        Assert.Equal(["ban-goc.pdf", "ban-dich.pdf", "phu-luc.pdf"], agreement.Documents.Select(d => d.FileName));
        Assert.Equal(alone.Title, agreement.Title);
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
