namespace CoopRegistry.Identity.Pages.Account;

/// <summary>Where a sign-in stands: the password, then (manage, audit, admin) the authenticator code or its first set-up.</summary>
public enum SignInStep
{
    Password,
    Code,
    Enrol,
}
