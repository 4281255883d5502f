using RegistryScopes = CoopRegistry.Domain.Access.Scopes;

namespace CoopRegistry.Identity.People;

/// <summary>
/// The roles a person holds, one per registry scope, and the second factor they call for. The
/// national operator is not a role anyone can grant: it comes from configuration (Identity:Operators).
/// </summary>
public static class PersonRoles
{
    public const string Reader = "reader";
    public const string Reporter = "reporter";
    public const string Manager = "manager";
    public const string Auditor = "auditor";
    public const string Administrator = "administrator";

    private static readonly Dictionary<string, string> ScopeOf = new(StringComparer.Ordinal)
    {
        [Reader] = RegistryScopes.Read,
        [Reporter] = RegistryScopes.Report,
        [Manager] = RegistryScopes.Manage,
        [Auditor] = RegistryScopes.Audit,
        [Administrator] = RegistryScopes.Admin,
    };

    public static IReadOnlyCollection<string> All => ScopeOf.Keys;

    public static bool IsRole(string role) => ScopeOf.ContainsKey(role);

    public static string Scope(string role) => ScopeOf[role];

    public static string? RoleFor(string scope) => ScopeOf.FirstOrDefault(p => p.Value == scope).Key;

    public static IEnumerable<string> ScopesOf(IEnumerable<string> roles) => roles.Where(IsRole).Select(Scope);

    /// <summary>Holders of manage, audit or admin sign in with a second factor (TOTP).</summary>
    public static bool NeedSecondFactor(IEnumerable<string> roles) =>
        roles.Any(r => r is Manager or Auditor or Administrator);
}
