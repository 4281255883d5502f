using CoopRegistry.Web.Components.Pages;
using CoopRegistry.Web.Tests.Fakes;

namespace CoopRegistry.Web.Tests.Pages;

public class CommitmentDetailPageTests : ConsoleContext
{
    [Fact]
    public void The_deadline_is_shown_as_written_and_as_read_with_the_six_clears_gaps_and_the_leads_actions()
    {
        SignIn("agencies/vn30-so-cong-thuong", "VN-30", "registry.read", "registry.report");
        var commitment = SampleRecords.Commitment(CommitmentState.InProgress);
        commitment.MissingElements.Add(SixClearsElement.Deliverable);
        Registry.Answer<GetCommitmentRequest, GetCommitmentResponse>("GetCommitment", _ => new GetCommitmentResponse { Commitment = commitment })
            .Answer<ListProgressReportsRequest, ListProgressReportsResponse>("ListProgressReports", _ => new ListProgressReportsResponse());
        var page = Render<CommitmentDetail>(p => p.Add(c => c.Id, "c1"));

        page.WaitForAssertion(() => Assert.Equal("chậm nhất ngày 31/12/2027", page.Find("[data-testid=deadline-text]").TextContent));
        Assert.Equal("31/12/2027", page.Find("[data-testid=deadline-last-day]").TextContent);
        Assert.Contains("rõ sản phẩm", page.Markup);
        var buttons = page.FindAll("button").Select(b => b.TextContent.Trim()).ToList();
        Assert.Contains("Báo cáo tiến độ", buttons);
        Assert.DoesNotContain("Hủy nhiệm vụ", buttons);
    }
}
