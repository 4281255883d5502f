using CoopRegistry.Domain.Access;

namespace CoopRegistry.Identity.Clients;

/// <summary>
/// The registry's scopes as the token service names them: one source of truth in
/// <see cref="Scopes"/> (Domain), plus the audience every access token is for.
/// </summary>
public static class RegistryScopes
{
    public const string Read = Scopes.Read;
    public const string Report = Scopes.Report;
    public const string Manage = Scopes.Manage;
    public const string Audit = Scopes.Audit;
    public const string Admin = Scopes.Admin;

    /// <summary>The `aud` of every access token: the registry checks it.</summary>
    public const string Audience = "coopregistry";

    public static IReadOnlyList<string> All => Scopes.All;
}
