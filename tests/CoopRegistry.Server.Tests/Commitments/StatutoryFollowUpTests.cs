using CoopRegistry.Contracts.V1;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>
/// Law 70/2020 Art. 19 through gRPC: signing an agreement in the People's Committee's name creates,
/// in the same transaction, the report to the Prime Minister led by the Department of Foreign
/// Affairs and due 15 days after signing; a department's signing creates none.
/// </summary>
public class StatutoryFollowUpTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    private readonly AgreementService.AgreementServiceClient agreements = new(registry.Channel);

    private static Date Day(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    private async Task<Agreement> DraftAsync(string title, CooperationLevel level) =>
        (await agreements.CreateAgreementAsync(new CreateAgreementRequest
        {
            AgreementId = "vn-30-a-" + Guid.NewGuid().ToString("N")[..12],
            Agreement = new Agreement
            {
                Kind = AgreementKind.MemorandumOfUnderstanding,
                Title = title,
                Level = level,
                Parties =
                {
                    new Party { Province = "provinces/VN-30", Role = PartyRole.Signatory },
                    new Party { Province = "provinces/KH-16", Role = PartyRole.Signatory },
                },
                Fields = { CooperationField.Trade },
                Confidentiality = Confidentiality.Public,
            },
        })).Agreement;

    private static SignAgreementRequest Sign(Agreement agreement) => new()
    {
        Name = agreement.Name,
        SigningDate = Day(2026, 3, 20),
        SigningPlace = "Pleiku",
        Signatories = { new Signatory { Person = "Nguyễn Văn A", Title = "Chủ tịch UBND tỉnh", OnBehalfOf = "provinces/VN-30" } },
    };

    private async Task<List<Commitment>> FollowUpsAsync(Agreement agreement) =>
        [.. (await registry.Commitments.ListCommitmentsAsync(new ListCommitmentsRequest { Filter = $"source = \"{agreement.Name}\"", PageSize = 100 })).Commitments];

    [Fact]
    public async Task Signing_in_the_Peoples_Committees_name_creates_exactly_one_report_to_the_Prime_Minister()
    {
        var draft = await DraftAsync("Biên bản ghi nhớ hợp tác Gia Lai – Ratanakiri", CooperationLevel.Province);
        await agreements.StartConsultationAsync(new StartConsultationRequest { Name = draft.Name, DossierDate = Day(2026, 3, 2), Bodies = { "agencies/vn-bo-ngoai-giao" } });
        await agreements.RecordOpinionAsync(new RecordOpinionRequest { Name = draft.Name, Body = "agencies/vn-bo-ngoai-giao", ReceivedDate = Day(2026, 3, 6), Position = OpinionPosition.Agrees });
        Assert.Empty(await FollowUpsAsync(draft));

        var signed = (await agreements.SignAgreementAsync(Sign(draft))).Agreement;
        Assert.Equal(AgreementState.Signed, signed.State);

        var report = Assert.Single(await FollowUpsAsync(draft));
        Assert.Equal("Báo cáo Thủ tướng Chính phủ và gửi bản sao cho Bộ Ngoại giao", report.Task);
        Assert.Equal("agencies/vn30-so-ngoai-vu", report.LeadAgency);
        Assert.Equal("agencies/vn-thu-tuong-chinh-phu", report.ApprovingAuthority);
        Assert.Equal("Luật 70/2020/QH14, Điều 19", report.StatutoryBasis);
        // It cites the law, and says that its source is a rule, not a document.
        Assert.Equal(("Luật Thỏa thuận quốc tế 70/2020/QH14", SourceKind.Rule), (report.Sources[0].Document, report.Sources[0].Kind));
        Assert.Equal("Báo cáo bằng văn bản", report.Deliverable);
        Assert.Equal(Day(2026, 4, 4), report.Deadline.OnOrBefore);
        Assert.Equal(Day(2026, 4, 4), report.Deadline.LastDay);
        Assert.Equal(Day(2026, 3, 20), report.StartDate);
        Assert.Equal("provinces/VN-30", report.HomeProvince);
        Assert.Empty(report.MissingElements);

        // Signing again is refused, and leaves still one.
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () => await agreements.SignAgreementAsync(Sign(draft)));
        Assert.Single(await FollowUpsAsync(draft));
    }

    [Fact]
    public async Task A_departments_signing_creates_none()
    {
        var draft = await DraftAsync("Biên bản làm việc Sở Công Thương – Sở Thương mại Ratanakiri", CooperationLevel.Department);
        var signed = (await agreements.SignAgreementAsync(Sign(draft))).Agreement;
        Assert.Equal(AgreementState.Signed, signed.State);
        Assert.Empty(await FollowUpsAsync(draft));
    }

    [Fact]
    public async Task Statutory_basis_cannot_be_given_by_a_caller()
    {
        var commitment = registry.Complete();
        commitment.StatutoryBasis = "Luật 70/2020/QH14, Điều 19";
        var created = await registry.CreateAsync(commitment);
        Assert.Equal("", created.StatutoryBasis);
    }
}
