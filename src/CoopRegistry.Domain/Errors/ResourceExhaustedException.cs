namespace CoopRegistry.Domain.Errors;

/// <summary>
/// RESOURCE_EXHAUSTED: the caller used up a quota (calls per second, calls or streams open at
/// once); it may retry after <see cref="RetryAfter"/> (sent as google.rpc.RetryInfo).
/// </summary>
public sealed class ResourceExhaustedException(string reason, string message, TimeSpan retryAfter) : DomainException(reason, message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
