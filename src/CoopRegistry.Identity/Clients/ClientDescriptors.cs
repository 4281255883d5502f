using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CoopRegistry.Identity.Clients;

/// <summary>The OpenIddict application a development client is: confidential, client credentials only, its scopes as permissions.</summary>
public static class ClientDescriptors
{
    public static void Apply(OpenIddictApplicationDescriptor descriptor, DevClient client)
    {
        descriptor.ClientId = client.ClientId;
        descriptor.DisplayName = client.DisplayName;
        descriptor.ClientType = ClientTypes.Confidential;
        descriptor.Permissions.Clear();
        descriptor.Permissions.UnionWith(ClientPermissions.For(client.Scopes));
        // Disabled, stamp and manager are the administrators' business, not the file's: kept.
        (ClientProfile.ReadFrom(descriptor) with { Agency = client.Agency, Province = client.Province }).WriteTo(descriptor);
    }
}
