namespace CoopRegistry.Domain.Access;

/// <summary>The OAuth2 scopes the token service grants (DESIGN.md, Access).</summary>
public static class Scopes
{
    public const string Read = "registry.read";
    public const string Report = "registry.report";
    public const string Manage = "registry.manage";
    public const string Audit = "registry.audit";
    public const string Admin = "registry.admin";

    public static readonly IReadOnlyList<string> All = [Read, Report, Manage, Audit, Admin];
}
