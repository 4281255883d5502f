using System.Security.Claims;
using CoopRegistry.Domain.Access;
using Microsoft.IdentityModel.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CoopRegistry.Identity.Tokens;

/// <summary>
/// The claims of an access token: who (sub, client_id, and for a person their name), for whom
/// (agency, province), what (scopes), for which API (aud), and the stamps that let a revocation
/// end it (<see cref="TokenStamps"/>). A system's token names its client as `sub`; a person's
/// token names the person, with the client they signed in through as `client_id`.
/// </summary>
public static class AccessTokenPrincipal
{
    public static ClaimsPrincipal For(string clientId, ClientProfile profile, IEnumerable<string> scopes)
    {
        var identity = NewIdentity(clientId, clientId, profile.Agency, profile.Province, profile.Stamp);
        return Finish(identity, scopes);
    }

    public static ClaimsPrincipal ForPerson(Person person, bool isOperator, string clientId, ClientProfile client, IEnumerable<string> scopes)
    {
        var identity = NewIdentity(person.Id, clientId, person.Agency, person.Province, client.Stamp);
        identity.SetClaim(Claims.Name, person.DisplayName);
        identity.SetClaim(Claims.PreferredUsername, person.UserName);
        identity.SetClaim(TokenClaims.PersonStamp, TokenStamps.OfPerson(person.SecurityStamp));
        if (isOperator)
            identity.SetClaim(Claims.Role, TokenClaims.OperatorRole);
        return Finish(identity, scopes);
    }

    private static ClaimsIdentity NewIdentity(string subject, string clientId, string agency, string province, string clientStamp)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject);
        identity.SetClaim(Claims.ClientId, clientId);
        identity.SetClaim(TokenClaims.Agency, agency);
        identity.SetClaim(TokenClaims.Province, province);
        if (clientStamp.Length > 0)
            identity.SetClaim(TokenClaims.ClientStamp, clientStamp);
        return identity;
    }

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        identity.SetScopes(scopes);
        identity.SetResources(RegistryAudience.Name);
        // OpenIddict drops every claim without a destination: all are for the access token, and the
        // person's name also for the identity token a browser app asks for with "openid".
        identity.SetDestinations(static claim => claim.Type is Claims.Subject or Claims.Name or Claims.PreferredUsername
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
