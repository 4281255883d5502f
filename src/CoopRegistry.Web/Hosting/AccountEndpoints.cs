using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;

namespace CoopRegistry.Web.Hosting;

/// <summary>Signing in and out, and choosing the language: plain requests, as they set cookies.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        // Signing in again, possibly as someone else: the token service shows its sign-in page.
        app.MapGet("/account/signin", (string? returnUrl) => Results.Challenge(SignInAgain(returnUrl))).AllowAnonymous();
        app.MapPost("/account/signout", async (HttpContext http, PersonSessions sessions) =>
        {
            if (http.User.FindFirst(PersonClaims.Session)?.Value is { } sessionId)
                await sessions.SignOutAsync(sessionId, await http.GetTokenAsync("refresh_token"), http.RequestAborted);
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/account/signed-out");
        });
        app.MapGet("/account/signed-out", () => Results.Redirect("/account/signin")).AllowAnonymous();
        app.MapGet("/culture", (HttpContext http, string name, string? returnUrl) =>
        {
            if (UiExtensions.Cultures.Any(c => c.Name == name))
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(LocalOnly(returnUrl));
        }).AllowAnonymous();
    }

    private static AuthenticationProperties SignInAgain(string? returnUrl) =>
        new(new Dictionary<string, string?> { [PersonSessions.PromptKey] = "login" }) { RedirectUri = LocalOnly(returnUrl) };

    // Only paths of this console: a redirect elsewhere would make these endpoints an open redirector.
    private static string LocalOnly(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}
