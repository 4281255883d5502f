namespace CoopRegistry.Domain.Errors;

/// <summary>PERMISSION_DENIED: the caller is known but its scopes do not allow this kind of call.</summary>
public sealed class PermissionDeniedException(string message) : DomainException("PERMISSION_DENIED", message);
