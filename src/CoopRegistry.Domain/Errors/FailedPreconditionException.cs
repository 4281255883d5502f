namespace CoopRegistry.Domain.Errors;

/// <summary>FAILED_PRECONDITION: the request is valid but the record's state forbids it.</summary>
public sealed class FailedPreconditionException(string reason, string subject, string message)
    : DomainException(reason, message)
{
    /// <summary>The record or rule the precondition is about (PreconditionFailure.subject).</summary>
    public string Subject { get; } = subject;
}
