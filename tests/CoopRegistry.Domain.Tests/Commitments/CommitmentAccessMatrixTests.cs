using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Domain.Tests.Commitments;

/// <summary>Who may make each lifecycle move on a Gia Lai commitment led by Industry and Trade, Finance coordinating, the People's Committee approving.</summary>
public class CommitmentAccessMatrixTests
{
    private static readonly Commitment Commitment = new()
    {
        Id = "c1",
        HomeProvinceCode = "VN-30",
        LeadAgencyId = "vn30-so-cong-thuong",
        CoordinatingAgencyIds = ["vn30-so-tai-chinh"],
        ApprovingAuthorityId = "vn30-ubnd-tinh",
    };

    private static Caller Caller(string agency, string province, params string[] scopes) =>
        new("client-" + agency, agency, province, new HashSet<string>(scopes));

    public static TheoryData<string, Caller, bool, bool, bool, bool> Matrix() => new()
    {
        // who, caller, report, request completion, decide (accept/return/waive), cancel
        { "lead, report scope", Caller("vn30-so-cong-thuong", "VN-30", Scopes.Read, Scopes.Report), true, true, false, false },
        { "lead, manage scope", Caller("vn30-so-cong-thuong", "VN-30", Scopes.Read, Scopes.Manage), true, true, false, true },
        { "lead, read only", Caller("vn30-so-cong-thuong", "VN-30", Scopes.Read), false, false, false, false },
        { "coordinator, report scope", Caller("vn30-so-tai-chinh", "VN-30", Scopes.Read, Scopes.Report), true, false, false, false },
        { "authority, report scope", Caller("vn30-ubnd-tinh", "VN-30", Scopes.Read, Scopes.Report), false, false, true, false },
        { "authority, read only", Caller("vn30-ubnd-tinh", "VN-30", Scopes.Read), false, false, false, false },
        { "home focal point, manage", Caller("vn30-so-ngoai-vu", "VN-30", Scopes.Read, Scopes.Manage), false, false, true, true },
        { "home agency, report only", Caller("vn30-so-ngoai-vu", "VN-30", Scopes.Read, Scopes.Report), false, false, false, false },
        { "other province, manage", Caller("vn31-so-ngoai-vu", "VN-31", Scopes.Read, Scopes.Manage), false, false, false, false },
        { "partner, report", Caller("kh16-chinh-quyen-tinh", "KH-16", Scopes.Read, Scopes.Report), false, false, false, false },
        { "auditor", Caller("vn30-so-noi-vu", "VN-30", Scopes.Read, Scopes.Audit), false, false, false, false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Who_may_make_each_move(string who, Caller caller, bool report, bool request, bool decide, bool cancel)
    {
        Assert.True(report == CommitmentAccess.CanReport(caller, Commitment), $"{who}: report");
        Assert.True(request == CommitmentAccess.CanRequestCompletion(caller, Commitment), $"{who}: request completion");
        Assert.True(decide == CommitmentAccess.CanDecide(caller, Commitment), $"{who}: decide");
        Assert.True(cancel == CommitmentAccess.CanCancel(caller, Commitment), $"{who}: cancel");
        Check(report, () => CommitmentAccess.DemandReport(caller, Commitment));
        Check(request, () => CommitmentAccess.DemandRequestCompletion(caller, Commitment));
        Check(decide, () => CommitmentAccess.DemandDecide(caller, Commitment, "accept the completion"));
        Check(cancel, () => CommitmentAccess.DemandCancel(caller, Commitment));
    }

    [Fact]
    public void The_lead_does_not_decide_even_when_it_is_the_authority()
    {
        var own = new Commitment { Id = "c2", HomeProvinceCode = "VN-30", LeadAgencyId = "vn30-so-ngoai-vu", ApprovingAuthorityId = "vn30-so-ngoai-vu" };
        var lead = Caller("vn30-so-ngoai-vu", "VN-30", Scopes.Read, Scopes.Manage);
        Assert.False(CommitmentAccess.CanDecide(lead, own));
        var e = Assert.Throws<PermissionDeniedException>(() => CommitmentAccess.DemandDecide(lead, own, "accept the completion"));
        Assert.Contains("own", e.Message);
    }

    [Fact]
    public void An_authority_in_another_province_decides_on_a_commitment_it_approves()
    {
        var central = Caller("vn-bo-ngoai-giao", "VN", Scopes.Read, Scopes.Report);
        var approvedCentrally = new Commitment { Id = "c3", HomeProvinceCode = "VN-30", LeadAgencyId = "vn30-so-ngoai-vu", ApprovingAuthorityId = "vn-bo-ngoai-giao" };
        Assert.True(CommitmentAccess.CanDecide(central, approvedCentrally));
        Assert.False(CommitmentAccess.CanDecide(central, Commitment));
    }

    private static void Check(bool allowed, Action demand)
    {
        if (allowed)
            demand();
        else
            Assert.Throws<PermissionDeniedException>(demand);
    }
}
