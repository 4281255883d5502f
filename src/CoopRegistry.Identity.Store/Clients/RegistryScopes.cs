namespace CoopRegistry.Identity.Clients;

/// <summary>The scopes the registry understands (DESIGN.md, Access) and the audience its tokens are for.</summary>
public static class RegistryScopes
{
    public const string Read = "registry.read";
    public const string Report = "registry.report";
    public const string Manage = "registry.manage";
    public const string Audit = "registry.audit";
    public const string Admin = "registry.admin";

    /// <summary>The `aud` of every access token: the registry checks it.</summary>
    public const string Audience = "coopregistry";

    public static IReadOnlyList<string> All { get; } = [Read, Report, Manage, Audit, Admin];
}
