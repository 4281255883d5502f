using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Agreements;
using CoopRegistry.Domain.Documents;

namespace CoopRegistry.Domain.Tests;

public class DocumentRulesTests
{
    private static readonly string Sha = new('a', 64);

    private static RecordDocument File(string name = "mou.pdf", string type = DocumentContentTypes.Pdf, long size = 1000, string? sha = null) =>
        new() { FileName = name, ContentType = type, SizeBytes = size, Sha256 = sha ?? Sha };

    [Theory]
    [InlineData(DocumentContentTypes.Pdf, new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 })]
    [InlineData(DocumentContentTypes.Docx, new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 })]
    [InlineData(DocumentContentTypes.Png, new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 })]
    [InlineData(DocumentContentTypes.Jpeg, new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 })]
    [InlineData(DocumentContentTypes.Tiff, new byte[] { 0x49, 0x49, 0x2A, 0x00 })]
    [InlineData(DocumentContentTypes.Tiff, new byte[] { 0x4D, 0x4D, 0x00, 0x2A })]
    public void Content_starting_as_its_type_must_matches(string type, byte[] head) =>
        Assert.True(DocumentContentTypes.Matches(type, head));

    [Theory]
    [InlineData(DocumentContentTypes.Pdf, new byte[] { 0x4D, 0x5A, 0x90, 0x00 })]
    [InlineData(DocumentContentTypes.Pdf, new byte[] { 0x25, 0x50 })]
    [InlineData(DocumentContentTypes.Docx, new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D })]
    [InlineData(DocumentContentTypes.Png, new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 })]
    [InlineData(DocumentContentTypes.Jpeg, new byte[] { 0xFF, 0xD8 })]
    [InlineData(DocumentContentTypes.Tiff, new byte[] { 0x49, 0x49, 0x00, 0x2A })]
    public void Content_of_another_type_does_not_match(string type, byte[] head) =>
        Assert.False(DocumentContentTypes.Matches(type, head));

    [Theory]
    [InlineData(" Application/PDF ", DocumentContentTypes.Pdf)]
    [InlineData("image/jpeg", DocumentContentTypes.Jpeg)]
    [InlineData("image/gif", null)]
    [InlineData("application/x-msdownload", null)]
    [InlineData("", null)]
    public void Only_the_five_content_types_are_allowed(string given, string? expected) =>
        Assert.Equal(expected, DocumentContentTypes.Normalize(given));

    [Fact]
    public void A_good_file_passes() => Assert.Empty(DocumentRules.CheckFile(File(), "metadata."));

    [Theory]
    [InlineData("", "metadata.file_name")]
    [InlineData("../etc/passwd", "metadata.file_name")]
    [InlineData("a\\b.pdf", "metadata.file_name")]
    public void A_file_name_must_be_plain(string name, string field) =>
        Assert.Equal(field, Assert.Single(DocumentRules.CheckFile(File(name: name), "metadata.")).Field);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(DocumentRules.MaxSizeBytes + 1)]
    public void Empty_and_over_50_MB_files_are_refused(long size) =>
        Assert.Equal("metadata.size_bytes", Assert.Single(DocumentRules.CheckFile(File(size: size), "metadata.")).Field);

    [Fact]
    public void Exactly_50_MB_is_allowed() => Assert.Empty(DocumentRules.CheckFile(File(size: DocumentRules.MaxSizeBytes), ""));

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg")]
    public void The_sha256_is_64_lower_case_hex_digits(string sha) =>
        Assert.Equal("sha256", Assert.Single(DocumentRules.CheckFile(File(sha: sha), "")).Field);

    [Theory]
    [InlineData("https://songoaivu.gialai.gov.vn/van-ban/mou.pdf", true)]
    [InlineData("http://songoaivu.gialai.gov.vn/van-ban/mou.pdf", false)]
    [InlineData("https://user:secret@example.org/mou.pdf", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("mou.pdf", false)]
    [InlineData("", false)]
    public void A_reference_needs_an_https_uri(string uri, bool valid)
    {
        var reference = File(size: 0);
        reference.Uri = uri;
        var violations = DocumentRules.CheckReference(reference, "");
        if (valid)
            Assert.Empty(violations);
        else
            Assert.Equal("uri", Assert.Single(violations).Field);
    }

    [Fact]
    public void A_reference_has_no_content_to_serve()
    {
        var reference = new RecordDocument { Id = "d1", ParentCollection = "agreements", ParentId = "a1", Uri = "https://example.org/a.pdf" };
        var error = Assert.Throws<FailedPreconditionException>(reference.DemandStored);
        Assert.Equal("agreements/a1/documents/d1", error.Subject);
        new RecordDocument { Id = "d2" }.DemandStored();
    }

    [Theory]
    [InlineData("agreements/a1/documents/d1", true)]
    [InlineData("agreements/a1", false)]
    [InlineData("agreements/a1/documents/", false)]
    [InlineData("plans/a1/documents/d1", false)]
    [InlineData("agreements/a1/revisions/d1", false)]
    [InlineData("agreements/a1/documents/d1/x", false)]
    public void Document_names_parse(string name, bool valid)
    {
        if (valid)
            Assert.Equal(("a1", "d1"), DocumentNames.Parse("agreements", name, "name"));
        else
            Assert.Equal("name", Assert.Single(Assert.Throws<InvalidArgumentException>(() => DocumentNames.Parse("agreements", name, "name")).Violations).Field);
    }

    [Fact]
    public void Documents_of_a_confidential_record_are_for_its_home_province_and_auditors()
    {
        var agreement = new Agreement { Id = "a1", HomeProvinceCode = "VN-30", PartyProvinceCodes = ["VN-30", "KH-16"] };
        var home = new Caller("dofa", "vn30-so-ngoai-vu", "VN-30", new HashSet<string> { Scopes.Read });
        var auditor = new Caller("auditor", "x", "VN-31", new HashSet<string> { Scopes.Read, Scopes.Audit });
        var partner = new Caller("ratanakiri", "kh16-chinh-quyen-tinh", "KH-16", new HashSet<string> { Scopes.Read });

        Assert.True(DocumentAccess.CanReadDocuments(partner, agreement, confidential: false));
        Assert.True(DocumentAccess.CanReadDocuments(home, agreement, confidential: true));
        Assert.True(DocumentAccess.CanReadDocuments(auditor, agreement, confidential: true));
        Assert.Throws<PermissionDeniedException>(() => DocumentAccess.DemandReadDocuments(partner, agreement, confidential: true));
    }
}
