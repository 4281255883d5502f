using CoopRegistry.Web.Components.Pages.Forms;
using CoopRegistry.Web.Tests.Fakes;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Web.Tests.Pages;

public class AgreementFormPageTests : ConsoleContext
{
    private static readonly Agreement Mou = SampleRecords.Agreement(AgreementState.InForce);

    private IRenderedComponent<AgreementForm> Edit()
    {
        Registry.Answer<GetAgreementRequest, GetAgreementResponse>("GetAgreement", _ => new GetAgreementResponse { Agreement = Mou });
        var page = Render<AgreementForm>(p => p.Add(c => c.Id, "vn30-dong-bac-campuchia-mou"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("form")));
        return page;
    }

    [Fact]
    public void An_edit_sends_only_the_changed_field_with_the_etag_and_opens_the_record()
    {
        SignInGiaLaiManager();
        Registry.Answer<UpdateAgreementRequest, UpdateAgreementResponse>("UpdateAgreement", r => new UpdateAgreementResponse { Agreement = r.Agreement });
        var page = Edit();

        page.Find("[data-testid=field-summary]").Change("Hợp tác thương mại, đầu tư, y tế");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Single(Registry.RequestsOf<UpdateAgreementRequest>()));
        var sent = Registry.RequestsOf<UpdateAgreementRequest>().Single();
        Assert.Equal(["summary"], sent.UpdateMask.Paths);
        Assert.Equal(Mou.Etag, sent.Agreement.Etag);
        Assert.Equal(2, sent.Agreement.Parties.Count);
        page.WaitForAssertion(() => Assert.EndsWith("/agreements/vn30-dong-bac-campuchia-mou", Services.GetRequiredService<NavigationManager>().Uri));
    }

    [Fact]
    public void A_refused_save_shows_each_fields_error_beside_it_in_Vietnamese()
    {
        SignInGiaLaiManager();
        Registry.Fail("CreateAgreement", new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "invalid agreement",
            Details =
            {
                Any.Pack(new BadRequest
                {
                    FieldViolations =
                    {
                        new BadRequest.Types.FieldViolation { Field = "agreement.title", Description = "is required" },
                        new BadRequest.Types.FieldViolation { Field = "agreement.parties", Description = "needs at least two parties; has 1" },
                    },
                }),
            },
        }.ToRpcException());
        var page = Render<AgreementForm>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("form")));

        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Bắt buộc nhập", page.Find("[data-testid=field-title]").Closest(".mud-input-control")!.TextContent));
        Assert.Contains("Dữ liệu chưa hợp lệ", page.Find("[data-testid=error]").TextContent);
        Assert.Contains("Không hợp lệ (needs at least two parties; has 1)", page.Markup);
        var sent = Registry.RequestsOf<CreateAgreementRequest>().Single();
        Assert.Equal("provinces/VN-30", sent.Agreement.Parties.Single().Province);
    }

    [Fact]
    public void A_reader_is_told_they_may_not_and_gets_no_form()
    {
        SignInPartner();
        var page = Render<AgreementForm>();
        page.WaitForAssertion(() => Assert.Contains("không có quyền", page.Find("[data-testid=error]").TextContent));
        Assert.Empty(page.FindAll("form"));
    }
}
