using CoopRegistry.Web.Records;
using CoopRegistry.Web.Sessions;
using CoopRegistry.Web.Tests.Fakes;

namespace CoopRegistry.Web.Tests.Records;

public class CommitmentActionsTests
{
    private static readonly PersonRights LeadOfficer = new("tran.thi.binh", "", "agencies/vn30-so-cong-thuong", "VN-30", new HashSet<string> { "registry.read", "registry.report" });
    private static readonly PersonRights Manager = new("nguyen.van.an", "", "agencies/vn30-so-ngoai-vu", "VN-30", new HashSet<string> { "registry.read", "registry.report", "registry.manage" });

    [Fact]
    public void The_lead_agencys_officer_reports_progress_and_asks_for_completion()
    {
        Assert.Equal([CommitmentAction.ReportProgress, CommitmentAction.RequestCompletion],
            CommitmentActions.Offered(SampleRecords.Commitment(CommitmentState.InProgress), LeadOfficer));
    }

    [Fact]
    public void A_coordinating_agency_reports_progress_but_does_not_ask_for_completion()
    {
        var commitment = SampleRecords.Commitment(CommitmentState.InProgress, lead: "agencies/vn30-so-tai-chinh");
        commitment.CoordinatingAgencies.Add(LeadOfficer.Agency);
        Assert.Equal([CommitmentAction.ReportProgress], CommitmentActions.Offered(commitment, LeadOfficer));
    }

    [Fact]
    public void A_manager_decides_a_requested_completion_and_may_cancel_or_waive()
    {
        var commitment = SampleRecords.Commitment(CommitmentState.InProgress);
        commitment.Completion = new Completion { State = CompletionState.Requested };
        Assert.Equal([CommitmentAction.AcceptCompletion, CommitmentAction.ReturnCompletion, CommitmentAction.Cancel, CommitmentAction.Waive],
            CommitmentActions.Offered(commitment, Manager));
        Assert.Equal([CommitmentAction.ReportProgress], CommitmentActions.Offered(commitment, LeadOfficer));
    }

    [Theory]
    [InlineData(CommitmentState.DoneOnTime)]
    [InlineData(CommitmentState.DoneLate)]
    [InlineData(CommitmentState.Cancelled)]
    [InlineData(CommitmentState.Waived)]
    public void A_closed_commitment_takes_nothing(CommitmentState state)
    {
        Assert.Empty(CommitmentActions.Offered(SampleRecords.Commitment(state), LeadOfficer));
        Assert.Empty(CommitmentActions.Offered(SampleRecords.Commitment(state), Manager));
    }
}
