using Microsoft.AspNetCore.DataProtection;

namespace CoopRegistry.Identity.People;

/// <summary>
/// ASP.NET Core Identity for people on the identity schema: password hasher, lockout, TOTP, the
/// sign-in cookie of the token service's own pages and the key ring that protects it, and the
/// development people's sync and guard.
/// </summary>
public static class PeopleServices
{
    public const string SignInPath = "/account/signin";

    /// <summary>The data-protection application name: the same on every instance, whatever folder it runs from.</summary>
    public const string KeyRing = "CoopRegistry.Identity";

    public static void AddPeople(this WebApplicationBuilder builder)
    {
        builder.Services.AddIdentity<Person, IdentityRole>(PeopleRules.Apply)
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddDefaultTokenProviders();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "coop.signin";
            cookie.LoginPath = SignInPath;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = false;
        });
        // One key ring for every instance, kept in the identity schema across restarts: a sign-in cookie,
        // a second-factor ticket or a form's antiforgery token made by one instance is read by any other.
        builder.Services.AddDataProtection().SetApplicationName(KeyRing).PersistKeysToDbContext<IdentityDbContext>();
        // A disabled person or a reset password ends the sign-in cookie within a minute, not half an hour.
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        builder.Services.AddScoped<DevPeopleSync>();
        builder.Services.AddScoped<FirstPartyClients>();
        builder.Services.AddHostedService<DevPasswordGuard>();
    }
}
