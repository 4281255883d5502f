using CoopRegistry.Web.Records;
using CoopRegistry.Web.Sessions;
using CoopRegistry.Web.Tests.Fakes;

namespace CoopRegistry.Web.Tests.Records;

public class AgreementActionsTests
{
    private static readonly PersonRights GiaLaiManager = new("nguyen.van.an", "", "agencies/vn30-so-ngoai-vu", "VN-30", new HashSet<string> { "registry.read", "registry.manage" });
    private static readonly PersonRights GiaLaiReader = GiaLaiManager with { Scopes = new HashSet<string> { "registry.read" } };
    private static readonly PersonRights LangSonManager = GiaLaiManager with { Province = "VN-09" };

    [Fact]
    public void A_province_level_draft_goes_to_consultation_before_it_can_be_signed()
    {
        Assert.Equal([AgreementAction.StartConsultation], AgreementActions.Offered(SampleRecords.Agreement(AgreementState.Draft), GiaLaiManager));
        Assert.Contains(AgreementAction.Sign, AgreementActions.Offered(SampleRecords.Agreement(AgreementState.Draft, level: CooperationLevel.Department), GiaLaiManager));
    }

    [Theory]
    [InlineData(AgreementState.Signed, new[] { AgreementAction.BringIntoForce, AgreementAction.Amend, AgreementAction.Terminate, AgreementAction.Supersede })]
    [InlineData(AgreementState.InForce, new[] { AgreementAction.Amend, AgreementAction.Extend, AgreementAction.Suspend, AgreementAction.Terminate, AgreementAction.Supersede, AgreementAction.Expire })]
    [InlineData(AgreementState.Suspended, new[] { AgreementAction.Resume, AgreementAction.Terminate, AgreementAction.Supersede, AgreementAction.Expire })]
    [InlineData(AgreementState.Expired, new AgreementAction[0])]
    [InlineData(AgreementState.Terminated, new AgreementAction[0])]
    public void Each_state_offers_only_its_moves(AgreementState state, AgreementAction[] expected) =>
        Assert.Equal(expected, AgreementActions.Offered(SampleRecords.Agreement(state), GiaLaiManager));

    [Fact]
    public void Readers_and_managers_of_another_province_are_offered_nothing()
    {
        Assert.Empty(AgreementActions.Offered(SampleRecords.Agreement(AgreementState.InForce), GiaLaiReader));
        Assert.Empty(AgreementActions.Offered(SampleRecords.Agreement(AgreementState.InForce), LangSonManager));
    }

    [Fact]
    public void A_withdrawn_agreement_is_offered_nothing()
    {
        var withdrawn = SampleRecords.Agreement(AgreementState.InForce);
        withdrawn.DeleteTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(DateTime.UtcNow);
        Assert.Empty(AgreementActions.Offered(withdrawn, GiaLaiManager));
    }
}
