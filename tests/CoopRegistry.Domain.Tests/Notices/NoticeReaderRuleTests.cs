using CoopRegistry.Domain.Deadlines;
using CoopRegistry.Domain.Notices;

namespace CoopRegistry.Domain.Tests.Notices;

/// <summary>The reading rules of seeds/README.md on notices written for these tests, not taken from the five documents.</summary>
public class NoticeReaderRuleTests
{
    private static readonly NoticeReader Reader = new(
    [
        new NoticeAgency("so-a", ["Sở Tư pháp tỉnh X", "Sở Tư pháp"]),
        new NoticeAgency("so-b", ["Sở Y tế tỉnh X", "Sở Y tế"]),
        new NoticeAgency("so-c", ["Sở Nội vụ tỉnh X", "Sở Nội vụ"]),
        new NoticeAgency("cac-so", ["Các sở, ban, ngành"]),
        new NoticeAgency("ubnd", ["Ủy ban nhân dân tỉnh X", "UBND tỉnh"]),
    ], issuer: "ubnd");

    private static IReadOnlyList<DraftCommitment> Read(string body) => Reader.Read("KẾT LUẬN\n1. Nhiệm vụ\n" + body + "\nNơi nhận:\n- Sở Nội vụ;\n");

    [Fact]
    public void Giao_X_chu_tri_phoi_hop_voi_Y_makes_X_the_lead_and_Y_a_coordinator()
    {
        var draft = Assert.Single(Read("- Giao Sở Tư pháp chủ trì, phối hợp với Sở Y tế rà soát văn bản, báo cáo UBND tỉnh trước ngày 15/3/2027."));
        Assert.Equal("so-a", draft.LeadAgency);
        Assert.Equal(["so-b"], draft.CoordinatingAgencies);
        Assert.Equal("trước ngày 15/3/2027", draft.DeadlineText);
        Assert.Equal(new Deadline.Before(new DateOnly(2027, 3, 15)), draft.Deadline);
        Assert.Equal("§1 b1", draft.Section);
    }

    [Fact]
    public void X_phoi_hop_voi_Y_without_chu_tri_is_Ys_task()
    {
        var draft = Assert.Single(Read("- Giao Sở Tư pháp chủ động phối hợp với Sở Y tế tổ chức hội thảo hằng năm."));
        Assert.Equal("so-b", draft.LeadAgency);
        Assert.Equal(["so-a"], draft.CoordinatingAgencies);
        Assert.Equal(new Deadline.Annual(), draft.Deadline);
    }

    [Fact]
    public void Agencies_qualified_by_lien_quan_name_nobody_and_a_heading_assigns_its_bullets()
    {
        var drafts = Read("a) Sở Nội vụ\n- Phối hợp với các sở, ngành liên quan kiện toàn tổ chức bộ máy.\n- Chu tri xay dung ke hoach, cham nhat ngay 30/6/2027.");
        Assert.All(drafts, d => Assert.Equal("so-c", d.LeadAgency));
        Assert.Empty(drafts[0].CoordinatingAgencies);
        Assert.Equal("cham nhat ngay 30/6/2027", drafts[1].DeadlineText);
    }

    [Fact]
    public void Co_assignees_each_get_a_draft_and_a_task_without_an_agency_says_so()
    {
        var drafts = Read("- Sở Tư pháp, Sở Y tế báo cáo kết quả trước ngày 20 hằng tháng.\n- Tăng cường kỷ luật, kỷ cương hành chính.");
        Assert.Equal(["so-a", "so-b", null], drafts.Select(d => d.LeadAgency));
        Assert.Contains("no agency named", drafts[2].Reasons);
        Assert.True(drafts[2].Confidence < drafts[0].Confidence);
    }
}
