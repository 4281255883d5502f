using System.Security.Claims;

namespace CoopRegistry.Identity.Tokens;

/// <summary>What an OpenIddict passthrough endpoint answers: a token (or code) for a principal, or an OAuth2 error.</summary>
public static class ServerResults
{
    public static IResult SignIn(ClaimsPrincipal principal, AuthenticationProperties? properties = null) =>
        Results.SignIn(principal, properties, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    public static IResult Refuse(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
