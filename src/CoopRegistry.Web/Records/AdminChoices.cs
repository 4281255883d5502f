using RegistryScopes = CoopRegistry.Domain.Access.Scopes;

namespace CoopRegistry.Web.Records;

/// <summary>The roles a person may hold and the scopes a system may ask for, as the token service names them.</summary>
public static class AdminChoices
{
    public static readonly IReadOnlyList<string> Roles = ["reader", "reporter", "manager", "auditor", "administrator"];

    public static readonly IReadOnlyList<string> Scopes = RegistryScopes.All;
}
