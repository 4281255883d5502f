using Microsoft.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CoopRegistry.Identity.Tokens;

/// <summary>
/// The authorization endpoint (authorization code with PKCE, checked by OpenIddict before this
/// runs): a person not signed in is sent to the sign-in page and back; one signed in gets a code at
/// once, with no consent screen, as every client allowed here is the registry's own.
/// </summary>
public static class AuthorizationEndpoint
{
    public static async Task<IResult> AuthorizeAsync(HttpContext http, UserManager<Person> people, PersonTokens tokens, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("the OpenIddict server request is missing: is the passthrough enabled?");
        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var person = cookie.Succeeded ? await people.GetUserAsync(cookie.Principal!) : null;
        if (person is null || person.Disabled || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
                return ServerResults.Refuse(Errors.LoginRequired, "the person is not signed in");
            // Back here, with the same parameters, once signed in.
            var parameters = http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList();
            var here = http.Request.PathBase + http.Request.Path + QueryString.Create(
                parameters.Where(p => p.Key != Parameters.Prompt).SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))));
            return Results.Challenge(new AuthenticationProperties { RedirectUri = here }, [IdentityConstants.ApplicationScheme]);
        }
        var principal = await tokens.PrincipalAsync(person, request.ClientId!, request.GetScopes(), cancellationToken);
        return ServerResults.SignIn(principal);
    }
}
