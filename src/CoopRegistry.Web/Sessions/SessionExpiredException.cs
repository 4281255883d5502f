namespace CoopRegistry.Web.Sessions;

/// <summary>The person's session has no tokens (signed out, or the console restarted with a spent refresh token): sign in again.</summary>
public sealed class SessionExpiredException() : Exception("the session has no valid tokens: sign in again");
