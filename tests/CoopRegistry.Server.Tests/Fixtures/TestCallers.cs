using CoopRegistry.Domain.Access;

namespace CoopRegistry.Server.Tests.Fixtures;

/// <summary>One caller per role of the access rules (issue 3), with agencies from seeds/.</summary>
public static class TestCallers
{
    public static readonly Caller ForeignAffairs = new("dofa", "vn30-so-ngoai-vu", "VN-30", new HashSet<string> { Scopes.Read, Scopes.Manage, Scopes.Report });
    public static readonly Caller Department = new("industry", "vn30-so-cong-thuong", "VN-30", new HashSet<string> { Scopes.Read, Scopes.Report });
    public static readonly Caller Auditor = new("auditor", "vn30-so-noi-vu", "VN-30", new HashSet<string> { Scopes.Read, Scopes.Audit });
    public static readonly Caller Ratanakiri = new("ratanakiri", "kh16-chinh-quyen-tinh", "KH-16", new HashSet<string> { Scopes.Read, Scopes.Report });
    public static readonly Caller Administrator = new("admin", "vn30-van-phong-ubnd", "VN-30", new HashSet<string> { Scopes.Admin });

    /// <summary>Lạng Sơn's Department of Foreign Affairs: manages its own province's records, sees none of Gia Lai's.</summary>
    public static readonly Caller LangSon = new("langson", "vn09-so-ngoai-vu", "VN-09", new HashSet<string> { Scopes.Read, Scopes.Manage });

    // Administrators that grant: one grants only scopes it holds (AdminScope), so these hold those they hand out.
    public static readonly Caller GiaLaiAdministrator = new("coop-console", "vn30-van-phong-ubnd", "VN-30", new HashSet<string> { Scopes.Read, Scopes.Report, Scopes.Manage, Scopes.Admin }, "pham.van.em", "Phạm Văn Em");
    public static readonly Caller LangSonAdministrator = new("admin-ls", "vn09-van-phong-ubnd", "VN-09", new HashSet<string> { Scopes.Read, Scopes.Report, Scopes.Manage, Scopes.Admin });
    public static readonly Caller Operator = new("coop-console", "vn30-so-noi-vu", "VN-30", new HashSet<string> { Scopes.Read, Scopes.Admin }, "vo.thi.giang", "Võ Thị Giang", IsOperator: true);
    public static readonly Caller PersonOfForeignAffairs = new("coop-cli", "vn30-so-ngoai-vu", "VN-30", new HashSet<string> { Scopes.Read, Scopes.Manage, Scopes.Report }, "nguyen.van.an", "Nguyễn Văn An");
    public static readonly Caller NoScopes = new("nobody", "vn30-so-tai-chinh", "VN-30", new HashSet<string>());

    /// <summary>The callers that are people (signed in through coop-console or coop-cli).</summary>
    public static readonly IReadOnlyList<Caller> People = [GiaLaiAdministrator, Operator, PersonOfForeignAffairs];

    public static readonly IReadOnlyDictionary<string, Caller> ByRole = new Dictionary<string, Caller>
    {
        ["manage"] = ForeignAffairs,
        ["report"] = Department,
        ["audit"] = Auditor,
        ["partner"] = Ratanakiri,
        ["admin"] = Administrator,
        ["none"] = NoScopes,
    };
}
