namespace CoopRegistry.Domain.Errors;

/// <summary>
/// A failure the caller can act on. The server's error interceptor turns each subclass into its
/// gRPC status with an ErrorInfo whose reason is <see cref="Reason"/>.
/// </summary>
public abstract class DomainException(string reason, string message) : Exception(message)
{
    /// <summary>UPPER_SNAKE_CASE reason for google.rpc.ErrorInfo (AIP-193).</summary>
    public string Reason { get; } = reason;
}
