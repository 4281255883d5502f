using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;

namespace CoopRegistry.Identity.SignIn;

/// <summary>
/// The token service's own pages (sign-in, second factor, device verification): Razor Pages in
/// Vietnamese first, English with ?culture=en (remembered in a cookie), texts from resources.
/// </summary>
public static class SignInPages
{
    public static readonly CultureInfo[] Cultures = [new("vi"), new("en")];

    public static void AddSignInPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();
        // Vietnamese letters as they are, not as numeric character references.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.AddLocalization();
        builder.Services.AddSingleton<SignInTickets>();
    }

    public static void UseSignInPages(this WebApplication app)
    {
        var localization = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Cultures[0]),
            SupportedCultures = Cultures,
            SupportedUICultures = Cultures,
        };
        // Vietnamese unless the person chose otherwise: the browser's language is not asked.
        localization.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        app.UseRequestLocalization(localization);
        app.Use(async (http, next) =>
        {
            if (http.Request.Query.TryGetValue("culture", out var chosen) && Cultures.Any(c => c.Name == chosen.ToString()))
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen.ToString())),
                    new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            await next();
        });
    }
}
