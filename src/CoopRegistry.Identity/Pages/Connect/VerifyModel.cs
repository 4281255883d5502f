using CoopRegistry.Identity.SignIn;
using CoopRegistry.Identity.Tokens;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CoopRegistry.Identity.Pages.Connect;

/// <summary>
/// The device flow's verification page (RFC 8628 §3.3): a signed-in person enters the code their
/// terminal shows, sees which client asks, and allows it; `coop login` then receives the tokens.
/// The explicit "allow" (a form with an antiforgery token) keeps a link from approving someone
/// else's device unseen.
/// </summary>
[Authorize]
public sealed class VerifyModel(UserManager<Person> people, PersonTokens tokens, IOpenIddictApplicationManager applications, IStringLocalizer<SignInTexts> texts)
    : PageModel
{
    [BindProperty(SupportsGet = true, Name = Parameters.UserCode)]
    public string? UserCode { get; set; }

    public string? ClientName { get; private set; }

    public string? PersonName { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync() => await ReadRequestAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var request = await ReadRequestAsync();
        var person = await people.GetUserAsync(User);
        if (request is null || person is null || person.Disabled)
            return Page();
        var principal = await tokens.PrincipalAsync(person, request.GetClaim(Claims.ClientId)!, request.GetScopes(), HttpContext.RequestAborted);
        return SignIn(principal, new AuthenticationProperties { RedirectUri = Account.SignInModel.DonePath },
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The pending device request for the code given (checked by OpenIddict), or null with the page saying why.</summary>
    private async Task<System.Security.Claims.ClaimsPrincipal?> ReadRequestAsync()
    {
        var result = await HttpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (result.Principal?.GetClaim(Claims.ClientId) is not { } clientId)
        {
            if (!string.IsNullOrEmpty(UserCode))
                Error = texts["InvalidUserCode"];
            return null;
        }
        var application = await applications.FindByClientIdAsync(clientId, HttpContext.RequestAborted);
        ClientName = application is null ? clientId : await applications.GetLocalizedDisplayNameAsync(application, HttpContext.RequestAborted) ?? clientId;
        PersonName = (await people.GetUserAsync(User))?.DisplayName;
        return result.Principal;
    }
}
