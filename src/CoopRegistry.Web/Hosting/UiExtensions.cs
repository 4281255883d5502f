using System.Globalization;
using CoopRegistry.Web.Components;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;

namespace CoopRegistry.Web.Hosting;

/// <summary>The pages (interactive server rendering, MudBlazor), Vietnamese first with English selectable, and the console's few endpoints.</summary>
public static class UiExtensions
{
    public static readonly CultureInfo[] Cultures = [new("vi-VN"), new("en-US")];

    public static void AddConsoleUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // The person's choice (a cookie) or Vietnamese; the browser's language is not asked.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
    }

    public static void MapConsole(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapGet("/healthz", () => Results.Text("ok")).AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().RequireAuthorization();
    }
}
