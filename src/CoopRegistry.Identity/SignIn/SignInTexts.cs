namespace CoopRegistry.Identity.SignIn;

/// <summary>The sign-in pages' texts: SignInTexts.resx (Vietnamese, the default) and SignInTexts.en.resx.</summary>
public sealed class SignInTexts;
