using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Tests.Hardening;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>
/// Issue 20, "a province's obligations are its own" (Domain/Commitments/CommitmentOwnership): a home
/// province creates and changes commitments led by its own agencies; another province's agency
/// leads only the partner's own undertaking in an agreement it is party to, which the partner then
/// reads. By method (Create, Update) and by the lead's province (own, another home province, a partner).
/// </summary>
public class CommitmentOwnershipTests(HardeningRegistry registry) : IClassFixture<HardeningRegistry>
{
    public static TheoryData<string> OtherProvincesAgencies() => ["agencies/vn09-ubnd", "agencies/kh16-so-cong-thuong"];

    [Theory]
    [MemberData(nameof(OtherProvincesAgencies))]
    public async Task A_home_province_cannot_create_a_task_for_another_provinces_agency(string lead)
    {
        var commitment = registry.Complete("Nhiệm vụ giao nhầm tỉnh khác");
        commitment.LeadAgency = lead;
        await RpcAssert.InvalidFieldAsync("commitment.lead_agency", () => registry.CreateAsync(commitment));
    }

    [Theory]
    [MemberData(nameof(OtherProvincesAgencies))]
    public async Task A_home_province_cannot_move_its_task_to_another_provinces_agency(string lead)
    {
        var created = await registry.CreateAsync(registry.Complete("Nhiệm vụ của Sở Công Thương"));
        var change = new Commitment { Name = created.Name, LeadAgency = lead };
        await RpcAssert.InvalidFieldAsync("commitment.lead_agency", async () => await registry.Commitments(TestCallers.ForeignAffairs)
            .UpdateCommitmentAsync(new UpdateCommitmentRequest { Commitment = change, UpdateMask = new FieldMask { Paths = { "lead_agency" } } }));
    }

    [Fact]
    public async Task A_partners_undertaking_in_an_agreement_is_recorded_as_the_partners_and_the_partner_reads_it()
    {
        var agreement = (await new AgreementService.AgreementServiceClient(registry.Channel).CreateAgreementAsync(new CreateAgreementRequest
        {
            Agreement = Agreements.Agreements.New("Biên bản làm việc với Ratanakiri"),
            RequestId = Guid.NewGuid().ToString(),
        })).Agreement;
        var undertaking = Undertaking(agreement.Name);
        var created = await registry.CreateAsync(undertaking);
        Assert.Equal("agencies/kh16-so-cong-thuong", created.LeadAgency);
        var read = await registry.Commitments(TestCallers.Ratanakiri).GetCommitmentAsync(new GetCommitmentRequest { Name = created.Name });
        Assert.Equal("provinces/KH-16", read.Commitment.CommittingParty.Province);

        // Each condition of an undertaking is needed: the partner commits, in an agreement, and sees it.
        var fromDirective = Undertaking(agreement.Name);
        fromDirective.Source = new CommitmentSource { Record = registry.Directive, Section = "mục 2" };
        var committedByHome = Undertaking(agreement.Name);
        committedByHome.CommittingParty = new CommittingParty { Province = "provinces/VN-30" };
        var hiddenFromPartner = Undertaking(agreement.Name);
        hiddenFromPartner.PartnerProvinces.Clear();
        foreach (var wrong in new[] { fromDirective, committedByHome, hiddenFromPartner })
            await RpcAssert.InvalidFieldAsync("commitment.lead_agency", () => registry.CreateAsync(wrong));
    }

    private Commitment Undertaking(string agreement)
    {
        var commitment = registry.Complete("Phía Ratanakiri bảo đảm lưu thông hàng hóa qua cửa khẩu");
        commitment.Source = new CommitmentSource { Record = agreement, Section = "mục 3" };
        commitment.CommittingParty = new CommittingParty { Province = "provinces/KH-16" };
        commitment.LeadAgency = "agencies/kh16-so-cong-thuong";
        commitment.CoordinatingAgencies.Clear();
        commitment.PartnerProvinces.Add("provinces/KH-16");
        commitment.ApprovingAuthority = "agencies/kh16-chinh-quyen-tinh";
        return commitment;
    }
}
