namespace CoopRegistry.Domain.Errors;

/// <summary>RESOURCE_EXHAUSTED: the caller used up a quota (calls per second, open streams); it may retry later.</summary>
public sealed class ResourceExhaustedException(string reason, string message) : DomainException(reason, message);
