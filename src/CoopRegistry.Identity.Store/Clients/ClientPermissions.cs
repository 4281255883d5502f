using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CoopRegistry.Identity.Clients;

/// <summary>
/// A system client's OpenIddict permissions: the token endpoint, client credentials and its scopes.
/// Scopes are registered with the server by plain name; a client's permission to request one
/// carries the "scp:" prefix. Mixing the two forms makes every request invalid_scope.
/// </summary>
public static class ClientPermissions
{
    public static IEnumerable<string> For(IEnumerable<string> scopes) =>
        [Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, .. scopes.Select(s => Permissions.Prefixes.Scope + s)];

    public static IEnumerable<string> ScopesIn(IEnumerable<string> permissions) =>
        permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..]);
}
