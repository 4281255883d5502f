using Microsoft.AspNetCore.Identity;

namespace CoopRegistry.Identity.People;

/// <summary>
/// Password and lockout rules for people, one definition for the token service (sign-in) and the
/// registry (AdminService sets and resets passwords): at least 12 characters mixing cases, digits
/// and a symbol; five wrong passwords or codes in a row lock the account for 15 minutes.
/// </summary>
public static class PeopleRules
{
    public const int MinimumPasswordLength = 12;
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    public static void Apply(IdentityOptions options)
    {
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = true;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutTime;
        options.User.RequireUniqueEmail = false;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
