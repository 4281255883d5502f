using CoopRegistry.Identity.Clients;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CoopRegistry.Identity.Tokens;

/// <summary>
/// The token endpoint, reached after OpenIddict has authenticated the client and checked the grant
/// and the requested scopes: builds the access token's claims.
/// </summary>
public static class TokenEndpoint
{
    public static async Task<IResult> IssueAsync(HttpContext http, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("the OpenIddict server request is missing: is the passthrough enabled?");
        if (!request.IsClientCredentialsGrantType())
            return Refuse(Errors.UnsupportedGrantType, "only the client_credentials grant is supported");

        // Authenticated by OpenIddict a moment ago, but it may have been deleted since.
        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken);
        if (application is null)
            return Refuse(Errors.InvalidClient, "unknown client");
        // A disabled client never gets here (RejectDisabledClients).
        var profile = await ClientProfile.ReadAsync(applications, application, cancellationToken);

        var allowed = ClientDescriptors.ScopesIn(await applications.GetPermissionsAsync(application, cancellationToken)).ToList();
        var requested = request.GetScopes();
        // A scope the client lacks was refused already (RejectScopesNotPermitted); no scope asked means all it has.
        var granted = requested.IsEmpty ? allowed : allowed.Intersect(requested).ToList();
        return Results.SignIn(AccessTokenPrincipal.For(request.ClientId!, profile, granted),
            authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
