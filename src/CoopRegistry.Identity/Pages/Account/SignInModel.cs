using CoopRegistry.Identity.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CoopRegistry.Identity.Pages.Account;

/// <summary>
/// Sign-in: user name and password (five failures lock the account), then for holders of manage,
/// audit or admin an authenticator code, set up on the first sign-in. Development people skip the
/// second factor. Ends with the sign-in cookie and a return to the (local) page that asked.
/// </summary>
public sealed class SignInModel(
    UserManager<Person> people, SignInManager<Person> signIn, SignInTickets tickets, IStringLocalizer<SignInTexts> texts) : PageModel
{
    public const string DonePath = "/account/done";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty]
    public string Ticket { get; set; } = "";

    public SignInStep Step { get; private set; } = SignInStep.Password;

    public string? Error { get; private set; }

    public string? AuthenticatorKey { get; private set; }

    public string? AuthenticatorUri { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        var person = await people.FindByNameAsync(UserName.Trim());
        if (person is null || person.Disabled)
            return Fail(texts["InvalidCredentials"]);
        var check = await signIn.CheckPasswordSignInAsync(person, Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
            return Fail(texts["LockedOut"]);
        if (!check.Succeeded)
            return Fail(texts["InvalidCredentials"]);
        if (person.DevelopmentAccount || !PersonRoles.NeedSecondFactor(await people.GetRolesAsync(person)))
            return await SignInAsync(person);
        Ticket = tickets.Issue(person.Id);
        return await SecondStepAsync(person, error: null);
    }

    public async Task<IActionResult> OnPostCodeAsync()
    {
        var person = tickets.Read(Ticket) is { } id ? await people.FindByIdAsync(id) : null;
        if (person is null || person.Disabled)
            return Fail(texts["Expired"]);
        if (await people.IsLockedOutAsync(person))
            return Fail(texts["LockedOut"]);
        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await people.VerifyTwoFactorTokenAsync(person, people.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await people.AccessFailedAsync(person);
            return await people.IsLockedOutAsync(person) ? Fail(texts["LockedOut"]) : await SecondStepAsync(person, texts["InvalidCode"]);
        }
        if (!person.TwoFactorEnabled)
            await people.SetTwoFactorEnabledAsync(person, true);
        await people.ResetAccessFailedCountAsync(person);
        return await SignInAsync(person);
    }

    private async Task<IActionResult> SecondStepAsync(Person person, string? error)
    {
        Error = error;
        Step = person.TwoFactorEnabled ? SignInStep.Code : SignInStep.Enrol;
        if (Step == SignInStep.Enrol)
        {
            AuthenticatorKey = await people.GetAuthenticatorKeyAsync(person);
            if (string.IsNullOrEmpty(AuthenticatorKey))
            {
                await people.ResetAuthenticatorKeyAsync(person);
                AuthenticatorKey = await people.GetAuthenticatorKeyAsync(person);
            }
            AuthenticatorUri = $"otpauth://totp/CoopRegistry:{Uri.EscapeDataString(person.UserName!)}?secret={AuthenticatorKey}&issuer=CoopRegistry&digits=6";
        }
        return Page();
    }

    private async Task<IActionResult> SignInAsync(Person person)
    {
        await signIn.SignInAsync(person, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : DonePath);
    }

    private PageResult Fail(string error)
    {
        Error = error;
        Step = SignInStep.Password;
        Ticket = "";
        return Page();
    }
}
