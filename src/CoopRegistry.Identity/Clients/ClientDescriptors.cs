using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CoopRegistry.Identity.Clients;

/// <summary>The OpenIddict application an agency client is: confidential, client credentials only, its scopes as permissions.</summary>
public static class ClientDescriptors
{
    public static void Apply(OpenIddictApplicationDescriptor descriptor, DevClient client)
    {
        descriptor.ClientId = client.ClientId;
        descriptor.DisplayName = client.DisplayName;
        descriptor.ClientType = ClientTypes.Confidential;
        descriptor.Permissions.Clear();
        descriptor.Permissions.UnionWith(PermissionsFor(client.Scopes));
        var disabled = ClientProfile.ReadFrom(descriptor).Disabled;
        new ClientProfile(client.Agency, client.Province, disabled).WriteTo(descriptor);
    }

    // Scopes are registered with the server by plain name; a client's permission to request one
    // carries the "scp:" prefix. Mixing the two forms makes every request invalid_scope.
    public static IEnumerable<string> PermissionsFor(IEnumerable<string> scopes) =>
        [Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, .. scopes.Select(s => Permissions.Prefixes.Scope + s)];

    public static IEnumerable<string> ScopesIn(IEnumerable<string> permissions) =>
        permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..]);
}
