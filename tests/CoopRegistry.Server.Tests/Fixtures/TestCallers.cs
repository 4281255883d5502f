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
    public static readonly Caller NoScopes = new("nobody", "vn30-so-tai-chinh", "VN-30", new HashSet<string>());

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
