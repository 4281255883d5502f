using Microsoft.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CoopRegistry.Identity.Tokens;

/// <summary>
/// The token endpoint, reached after OpenIddict has authenticated the client and checked the grant
/// and the requested scopes: builds the access token's claims. Client credentials for systems; an
/// authorization code, a device code or a refresh token for a person, checked again against the
/// person as stored now.
/// </summary>
public static class TokenEndpoint
{
    public static async Task<IResult> IssueAsync(
        HttpContext http, IOpenIddictApplicationManager applications, PersonTokens people, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("the OpenIddict server request is missing: is the passthrough enabled?");
        if (request.IsAuthorizationCodeGrantType() || request.IsDeviceCodeGrantType() || request.IsRefreshTokenGrantType())
            return await ForPersonAsync(http, people, cancellationToken);
        if (!request.IsClientCredentialsGrantType())
            return ServerResults.Refuse(Errors.UnsupportedGrantType, "the grant type is not supported");

        // Authenticated by OpenIddict a moment ago, but it may have been deleted since.
        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken);
        if (application is null)
            return ServerResults.Refuse(Errors.InvalidClient, "unknown client");
        // A disabled client never gets here (RejectDisabledClients).
        var profile = await ClientProfile.ReadAsync(applications, application, cancellationToken);

        var allowed = ClientPermissions.ScopesIn(await applications.GetPermissionsAsync(application, cancellationToken)).ToList();
        var requested = request.GetScopes();
        // A scope the client lacks was refused already (RejectScopesNotPermitted); no scope asked means all it has.
        var granted = requested.IsEmpty ? allowed : allowed.Intersect(requested).ToList();
        return ServerResults.SignIn(AccessTokenPrincipal.For(request.ClientId!, profile, granted));
    }

    private static async Task<IResult> ForPersonAsync(HttpContext http, PersonTokens people, CancellationToken cancellationToken)
    {
        // The code, device code or refresh token, validated by OpenIddict; its principal is what was granted.
        var granted = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        if (granted is null)
            return ServerResults.Refuse(Errors.InvalidGrant, "the grant is no longer valid");
        var (person, refusal) = await people.RecheckAsync(granted, cancellationToken);
        if (person is null)
            return ServerResults.Refuse(Errors.InvalidGrant, refusal!);
        return ServerResults.SignIn(await people.PrincipalAsync(person, granted.GetClaim(Claims.ClientId)!, granted.GetScopes(), cancellationToken));
    }
}
