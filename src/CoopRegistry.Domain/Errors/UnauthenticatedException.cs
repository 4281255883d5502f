namespace CoopRegistry.Domain.Errors;

/// <summary>UNAUTHENTICATED: no token, or one that is not valid for this registry (or whose client is disabled).</summary>
public sealed class UnauthenticatedException(string message, string reason = "UNAUTHENTICATED") : DomainException(reason, message);
