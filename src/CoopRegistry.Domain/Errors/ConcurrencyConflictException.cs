namespace CoopRegistry.Domain.Errors;

/// <summary>ABORTED: the caller's etag is stale; read again and retry (AIP-154).</summary>
public sealed class ConcurrencyConflictException(string resourceName)
    : DomainException("ETAG_MISMATCH", $"{resourceName} was changed by someone else; read it again and retry")
{
    public string ResourceName { get; } = resourceName;
}
