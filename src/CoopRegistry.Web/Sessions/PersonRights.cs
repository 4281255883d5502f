using System.Security.Claims;
using CoopRegistry.Domain.Access;
using RegistryScopes = CoopRegistry.Domain.Access.Scopes;

namespace CoopRegistry.Web.Sessions;

/// <summary>What the signed-in person may ask for, as their token says: which actions the pages offer.</summary>
public sealed record PersonRights(string UserName, string DisplayName, string Agency, string Province, IReadOnlySet<string> Scopes)
{
    public bool CanManage => Scopes.Contains(RegistryScopes.Manage);
    public bool CanReport => Scopes.Contains(RegistryScopes.Report);
    public bool CanAudit => Scopes.Contains(RegistryScopes.Audit);
    public bool CanAdminister => Scopes.Contains(RegistryScopes.Admin);

    /// <summary>`provinces/VN-30` for the token's `VN-30`.</summary>
    public string ProvinceName => "provinces/" + Province;

    public bool IsHomeOf(string homeProvince) => string.Equals(homeProvince, ProvinceName, StringComparison.OrdinalIgnoreCase);

    public static PersonRights From(ClaimsPrincipal user) => new(
        user.FindFirst(TokenClaims.UserName)?.Value ?? "",
        user.FindFirst(TokenClaims.Name)?.Value ?? user.FindFirst(TokenClaims.UserName)?.Value ?? "",
        user.FindFirst(TokenClaims.Agency)?.Value ?? "",
        user.FindFirst(TokenClaims.Province)?.Value ?? "",
        user.FindAll(TokenClaims.Scope).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
}
