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
    public void The_head_the_notice_assigns_is_the_responsible_person()
    {
        var drafts = Read("""
            - Giao Giám đốc Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật.
            - Sở Y tế tổ chức khám sức khỏe; báo cáo Chủ tịch UBND tỉnh kết quả.
            - Giao đồng chí Phó Chủ tịch Thường trực UBND tỉnh chỉ đạo kiểm tra.
            """);
        Assert.Equal(["Giám đốc Sở Tư pháp", null, "Phó Chủ tịch Thường trực UBND tỉnh"], drafts.Select(d => d.ResponsiblePerson));
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

    [Fact]
    public void An_unqualified_collective_partner_leads_one_whose_duty_is_described_coordinates_and_one_qualified_after_the_list_names_nobody()
    {
        var drafts = Read("""
            - Sở Tư pháp phối hợp với các sở, ban, ngành rà soát văn bản quy phạm pháp luật.
            - Sở Y tế xác định rõ trách nhiệm phối hợp của các sở, ban, ngành trong phòng, chống dịch.
            - Sở Nội vụ phối hợp với các sở, ban, ngành, địa phương liên quan kiện toàn tổ chức bộ máy.
            """);
        Assert.Equal([("cac-so", "so-a"), ("so-b", "cac-so"), ("so-c", null)], drafts.Select(d => (d.LeadAgency, d.CoordinatingAgencies.SingleOrDefault())));
    }

    [Fact]
    public void A_task_naming_nobody_is_proposed_to_the_body_the_meeting_was_held_with()
    {
        var drafts = Reader.Read("THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế tỉnh X\n1. Nhiệm vụ\n- Rà soát quy trình khám bệnh.\n- Giao Sở Tư pháp thẩm định văn bản.\nNơi nhận:\n- Sở Nội vụ;\n");
        Assert.Equal(["so-b", "so-a"], drafts.Select(d => d.LeadAgency));
        Assert.Contains(drafts[0].Reasons, r => r.StartsWith("no agency named", StringComparison.Ordinal));
        Assert.True(drafts[0].Confidence < drafts[1].Confidence);
    }
}
