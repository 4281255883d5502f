using CoopRegistry.Domain.Plans;
using CoopRegistry.Domain.Records;

namespace CoopRegistry.Domain.Tests.Plans;

public class PlanRulesTests
{
    internal static Plan Valid() => new()
    {
        Id = "ke-hoach-lao-campuchia",
        HomeProvinceCode = "VN-30",
        Title = "Kế hoạch tăng cường hợp tác hữu nghị với các tỉnh Nam Lào và Đông Bắc Campuchia",
        LeadAgencyId = "vn30-so-ngoai-vu",
        CoordinatingAgencyIds = ["vn30-so-cong-thuong", "vn30-so-tai-chinh"],
        PartnerProvinceCodes = ["KH-16", "LA-AT"],
        Fields = [CooperationField.Investment, CooperationField.Trade],
        StartDate = new DateOnly(2025, 10, 1),
        EndDate = new DateOnly(2026, 12, 31),
        Activities =
        [
            new PlanActivity { Title = "Hội nghị xúc tiến đầu tư tại Stung Treng", StartDate = new DateOnly(2025, 11, 1), EndDate = new DateOnly(2025, 11, 30) },
            new PlanActivity { Id = "a1", Title = "Đoàn công tác sang Ratanakiri", LeadAgencyId = "vn30-so-cong-thuong" },
            new PlanActivity { Title = "Gặp gỡ doanh nghiệp hằng tháng" },
        ],
    };

    private static List<string> Fields(Plan plan)
    {
        PlanRules.Normalize(plan);
        return PlanRules.Validate(plan).Select(v => v.Field).ToList();
    }

    [Fact]
    public void A_valid_plan_has_no_violations_and_gets_activity_ids_and_leads()
    {
        var plan = Valid();
        Assert.Empty(Fields(plan));
        Assert.Equal(["a2", "a1", "a3"], plan.Activities.Select(a => a.Id));
        Assert.Equal(["vn30-so-ngoai-vu", "vn30-so-cong-thuong", "vn30-so-ngoai-vu"], plan.Activities.Select(a => a.LeadAgencyId));
        Assert.Equal(["vn30-so-ngoai-vu", "vn30-so-cong-thuong", "vn30-so-tai-chinh"], plan.AgencyIds);
    }

    [Fact]
    public void One_focal_point_the_lead_is_required_and_does_not_coordinate()
    {
        var missing = Valid();
        missing.LeadAgencyId = "";
        Assert.Contains("plan.lead_agency", Fields(missing));

        var alsoCoordinating = Valid();
        alsoCoordinating.CoordinatingAgencyIds = ["vn30-so-cong-thuong", "vn30-so-ngoai-vu"];
        Assert.Equal(["plan.coordinating_agencies[1]"], Fields(alsoCoordinating));

        var activity = Valid();
        activity.Activities = [new PlanActivity { Title = "x", LeadAgencyId = "vn30-so-y-te", CoordinatingAgencyIds = ["vn30-so-y-te"] }];
        Assert.Equal(["plan.activities[0].coordinating_agencies[0]"], Fields(activity));
    }

    [Fact]
    public void Names_given_twice_are_refused_each_at_its_index()
    {
        var plan = Valid();
        plan.CoordinatingAgencyIds = ["vn30-so-cong-thuong", "vn30-so-cong-thuong"];
        plan.PartnerProvinceCodes = ["KH-16", "KH-16"];
        plan.AgreementIds = ["a", "a"];
        plan.Fields = [CooperationField.Trade, CooperationField.Trade];
        Assert.Equal(["plan.coordinating_agencies[1]", "plan.partner_provinces[1]", "plan.agreements[1]", "plan.fields[1]"], Fields(plan));
    }

    [Fact]
    public void Dates_are_in_order_and_activities_inside_the_plan_period()
    {
        var plan = Valid();
        plan.EndDate = new DateOnly(2025, 9, 30);
        plan.Activities = [new PlanActivity { Title = "late", StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2025, 12, 1) }];
        var fields = Fields(plan);
        Assert.Contains("plan.end_date", fields);
        Assert.Contains("plan.activities[0].end_date", fields);
        Assert.Contains("plan.activities[0].start_date", fields);

        var early = Valid();
        early.Activities = [new PlanActivity { Title = "early", StartDate = new DateOnly(2025, 9, 1) }];
        Assert.Equal(["plan.activities[0].start_date"], Fields(early));

        var open = Valid();
        open.StartDate = open.EndDate = null;
        open.Activities = [new PlanActivity { Title = "any time", StartDate = new DateOnly(2020, 1, 1) }];
        Assert.Empty(Fields(open));
    }

    [Fact]
    public void Activity_ids_are_unique_within_the_plan()
    {
        var plan = Valid();
        plan.Activities = [new PlanActivity { Id = "a1", Title = "x" }, new PlanActivity { Id = "a1", Title = "y" }, new PlanActivity { Title = "" }];
        Assert.Equal(["plan.activities[1].id", "plan.activities[2].title"], Fields(plan));
    }

    [Fact]
    public void References_make_agencies_and_partner_provinces_parties_and_agreements_links()
    {
        var plan = Valid();
        plan.AgreementIds = ["gl-attapeu-mou"];
        plan.ApprovingAuthorityId = "vn30-ubnd";
        PlanRules.Normalize(plan);
        var references = plan.References().ToList();
        Assert.Contains(new RecordReference("plan.lead_agency", "agencies", "vn30-so-ngoai-vu", true), references);
        Assert.Contains(new RecordReference("plan.partner_provinces[0]", "provinces", "KH-16", true), references);
        Assert.Contains(new RecordReference("plan.agreements[0]", "agreements", "gl-attapeu-mou", false), references);
        Assert.Contains(new RecordReference("plan.approving_authority", "agencies", "vn30-ubnd", false), references);
    }

    [Fact]
    public void A_submitted_plan_accepts_only_metadata_edits()
    {
        var plan = Valid();
        PlanRules.Normalize(plan);
        plan.Submit(null, new DateOnly(2025, 9, 20));
        var changes = Valid();
        changes.Title = "Another title";
        changes.Sources = [new Directory.SourceReference("doc.txt", "§2")];

        var refused = Assert.Throws<FailedPreconditionException>(() => plan.Edit(changes, new HashSet<string> { "title", "sources" }));
        Assert.Equal("PLAN_NOT_EDITABLE", refused.Reason);
        Assert.Contains("submitted", refused.Message);
        Assert.Contains("title", refused.Message);

        plan.Edit(changes, new HashSet<string> { "sources" });
        Assert.Single(plan.Sources);
        Assert.NotEqual("Another title", plan.Title);
    }

    [Fact]
    public void An_edit_is_validated_as_a_whole()
    {
        var plan = Valid();
        PlanRules.Normalize(plan);
        var changes = new Plan { EndDate = new DateOnly(2025, 1, 1) };
        var error = Assert.Throws<InvalidArgumentException>(() => plan.Edit(changes, new HashSet<string> { "end_date" }));
        Assert.Contains(error.Violations, v => v.Field == "plan.end_date");
    }
}
