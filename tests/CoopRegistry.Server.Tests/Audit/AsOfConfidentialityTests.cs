using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Tests.Commitments;
using Google.Protobuf.WellKnownTypes;
using AgreementRequests = CoopRegistry.Server.Tests.Agreements.Agreements;

namespace CoopRegistry.Server.Tests.Audit;

/// <summary>
/// Issue 20: an as-of read is judged by that instant's parties and today's confidentiality. The
/// documents an agreement had while it was public are not shown, as of then, to a partner once the
/// agreement is confidential; its home province and the auditor still read them.
/// </summary>
public class AsOfConfidentialityTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public static TheoryData<string, bool> RolesAndWhetherTheyReadTheDocuments() => new() { { "manage", true }, { "audit", true }, { "partner", false } };

    [Theory]
    [MemberData(nameof(RolesAndWhetherTheyReadTheDocuments))]
    public async Task Documents_read_as_of_a_public_past_follow_todays_confidentiality(string role, bool reads)
    {
        var manager = new AgreementService.AgreementServiceClient(registry.ChannelWith(TestTokens.For(TestCallers.ForeignAffairs)));
        var created = (await manager.CreateAgreementAsync(new CreateAgreementRequest { Agreement = AgreementRequests.New("Biên bản sau này được mật: " + role) })).Agreement;
        await manager.AddDocumentReferenceAsync(new AddDocumentReferenceRequest
        {
            Parent = created.Name,
            FileName = "bien-ban.pdf",
            ContentType = "application/pdf",
            SizeBytes = 1_000,
            Sha256 = new string('b', 64),
            Uri = "https://songoaivu.gialai.gov.vn/van-ban/bien-ban.pdf",
            Kind = DocumentKind.SignedOriginal,
        });
        var whilePublic = AuditClock.Advance(registry.Clock, Hour);
        AuditClock.Advance(registry.Clock, Hour);
        var current = (await manager.GetAgreementAsync(new GetAgreementRequest { Name = created.Name })).Agreement;
        await manager.UpdateAgreementAsync(new UpdateAgreementRequest
        {
            Agreement = new Agreement { Name = created.Name, Etag = current.Etag, Confidentiality = Confidentiality.Confidential },
            UpdateMask = new FieldMask { Paths = { "confidentiality" } },
        });

        var reader = new AgreementService.AgreementServiceClient(registry.ChannelWith(TestTokens.For(TestCallers.ByRole[role])));
        var asOf = (await reader.GetAgreementAsync(new GetAgreementRequest { Name = created.Name, ReadTime = Timestamp.FromDateTimeOffset(whilePublic) })).Agreement;
        Assert.Equal(Confidentiality.Public, asOf.Confidentiality);
        Assert.Equal(reads ? 1 : 0, asOf.Documents.Count);
    }
}
