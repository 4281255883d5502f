using CoopRegistry.Web.Components.Pages;
using CoopRegistry.Web.Tests.Fakes;
using Grpc.Core;

namespace CoopRegistry.Web.Tests.Pages;

public class AgreementDetailPageTests : ConsoleContext
{
    private void Serve(Agreement agreement) =>
        Registry.Answer<GetAgreementRequest, GetAgreementResponse>("GetAgreement", _ => new GetAgreementResponse { Agreement = agreement })
            .Answer<ListAgreementRevisionsRequest, ListAgreementRevisionsResponse>("ListAgreementRevisions", _ => new ListAgreementRevisionsResponse());

    [Fact]
    public void A_manager_of_the_home_province_is_offered_the_moves_of_an_agreement_in_force_and_may_upload()
    {
        SignInGiaLaiManager();
        Serve(SampleRecords.Agreement(AgreementState.InForce));
        var page = Render<AgreementDetail>(p => p.Add(c => c.Id, "vn30-dong-bac-campuchia-mou"));

        page.WaitForAssertion(() => Assert.Contains("Gia hạn", page.Markup));
        var buttons = page.FindAll("button").Select(b => b.TextContent.Trim()).ToList();
        Assert.Contains("Tạm dừng", buttons);
        Assert.DoesNotContain("Có hiệu lực", buttons);
        Assert.Contains("Tải lên văn bản", buttons);
    }

    [Fact]
    public void A_partner_reads_the_agreement_and_is_offered_no_move_and_no_upload()
    {
        SignInPartner();
        Serve(SampleRecords.Agreement(AgreementState.InForce));
        var page = Render<AgreementDetail>(p => p.Add(c => c.Id, "vn30-dong-bac-campuchia-mou"));

        page.WaitForAssertion(() => Assert.Contains("Đông Bắc Campuchia", page.Find("[data-testid=title]").TextContent));
        var buttons = page.FindAll("button").Select(b => b.TextContent.Trim()).ToList();
        Assert.DoesNotContain("Gia hạn", buttons);
        Assert.DoesNotContain("Tải lên văn bản", buttons);
    }

    [Fact]
    public void A_record_out_of_reach_shows_the_registrys_answer_in_Vietnamese()
    {
        SignInPartner();
        Registry.Fail("GetAgreement", new Status(StatusCode.NotFound, "agreements/vn30-laat-mou-2025-2030 not found"));
        var page = Render<AgreementDetail>(p => p.Add(c => c.Id, "vn30-laat-mou-2025-2030"));

        page.WaitForAssertion(() => Assert.StartsWith("Không tìm thấy hồ sơ", page.Find("[data-testid=error]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=title]"));
    }
}
