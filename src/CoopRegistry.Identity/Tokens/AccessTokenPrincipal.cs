using System.Security.Claims;
using CoopRegistry.Identity.Clients;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CoopRegistry.Identity.Tokens;

/// <summary>The claims of an agency client's access token: who (sub, client_id), for whom (agency, province), what (scopes), for which API (aud).</summary>
public static class AccessTokenPrincipal
{
    public const string AgencyClaim = "agency";
    public const string ProvinceClaim = "province";

    public static ClaimsPrincipal For(string clientId, ClientProfile profile, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetClaim(Claims.ClientId, clientId);
        identity.SetClaim(AgencyClaim, profile.Agency);
        identity.SetClaim(ProvinceClaim, profile.Province);
        identity.SetScopes(scopes);
        identity.SetResources(RegistryScopes.Audience);
        // OpenIddict drops every claim without a destination: all of these are for the access token.
        identity.SetDestinations(static _ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
