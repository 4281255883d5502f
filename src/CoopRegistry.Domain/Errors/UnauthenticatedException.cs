namespace CoopRegistry.Domain.Errors;

/// <summary>UNAUTHENTICATED: no token, or one that is not valid for this registry.</summary>
public sealed class UnauthenticatedException(string message) : DomainException("UNAUTHENTICATED", message);
