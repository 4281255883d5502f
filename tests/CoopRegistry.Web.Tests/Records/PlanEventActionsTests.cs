using CoopRegistry.Web.Records;
using CoopRegistry.Web.Sessions;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Web.Tests.Records;

public class PlanEventActionsTests
{
    private static readonly PersonRights GiaLaiManager = new("nguyen.van.an", "", "agencies/vn30-so-ngoai-vu", "VN-30", new HashSet<string> { "registry.read", "registry.manage" });
    private static readonly PersonRights GiaLaiReader = GiaLaiManager with { Scopes = new HashSet<string> { "registry.read" } };
    private static readonly PersonRights LangSonManager = GiaLaiManager with { Province = "VN-09" };

    private static Plan Plan(PlanState state) => new() { Name = "plans/p", HomeProvince = "provinces/VN-30", State = state };

    private static Event Event(EventState state) => new() { Name = "events/e", HomeProvince = "provinces/VN-30", State = state };

    [Theory]
    [InlineData(PlanState.Draft, new[] { RecordAction.SubmitPlan })]
    [InlineData(PlanState.Returned, new[] { RecordAction.SubmitPlan })]
    [InlineData(PlanState.Submitted, new[] { RecordAction.ApprovePlan, RecordAction.ReturnPlan })]
    [InlineData(PlanState.Approved, new RecordAction[0])]
    public void A_plan_offers_the_moves_of_its_state(PlanState state, RecordAction[] expected) =>
        Assert.Equal(expected, PlanEventActions.Offered(Plan(state), GiaLaiManager));

    [Theory]
    [InlineData(EventState.Planned, new[] { RecordAction.MarkEventHeld, RecordAction.CancelEvent })]
    [InlineData(EventState.Held, new RecordAction[0])]
    [InlineData(EventState.Cancelled, new RecordAction[0])]
    public void An_event_offers_the_moves_of_its_state(EventState state, RecordAction[] expected) =>
        Assert.Equal(expected, PlanEventActions.Offered(Event(state), GiaLaiManager));

    [Fact]
    public void Only_a_manager_of_the_home_province_is_offered_a_move_and_never_on_a_deleted_record()
    {
        Assert.Empty(PlanEventActions.Offered(Plan(PlanState.Draft), GiaLaiReader));
        Assert.Empty(PlanEventActions.Offered(Plan(PlanState.Draft), LangSonManager));
        Assert.Empty(PlanEventActions.Offered(Event(EventState.Planned), LangSonManager));
        var deleted = Event(EventState.Planned);
        deleted.DeleteTime = Timestamp.FromDateTime(DateTime.UtcNow);
        Assert.Empty(PlanEventActions.Offered(deleted, GiaLaiManager));
    }
}
