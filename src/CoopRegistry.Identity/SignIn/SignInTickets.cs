using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace CoopRegistry.Identity.SignIn;

/// <summary>
/// Carries "this person gave the right password" from the password step to the second-factor step,
/// protected and good for five minutes, so the password is never sent twice.
/// </summary>
public sealed class SignInTickets(IDataProtectionProvider protection)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ITimeLimitedDataProtector protector =
        protection.CreateProtector("CoopRegistry.SignIn.PasswordChecked").ToTimeLimitedDataProtector();

    public string Issue(string personId) => protector.Protect(personId, Lifetime);

    /// <summary>The person's id, or null for a ticket that is forged or expired.</summary>
    public string? Read(string ticket)
    {
        try
        {
            return protector.Unprotect(ticket);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
