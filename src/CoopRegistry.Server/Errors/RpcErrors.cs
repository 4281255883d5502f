using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Status = Google.Rpc.Status;

namespace CoopRegistry.Server.Errors;

/// <summary>
/// The rich error model (AIP-193): every failure becomes a google.rpc.Status carrying an ErrorInfo,
/// plus BadRequest for field violations, ResourceInfo for missing records and PreconditionFailure for
/// forbidden moves, RetryInfo for quotas.
/// </summary>
public static class RpcErrors
{
    public const string Domain = "coopregistry.v1";

    /// <summary>Every detail message an error may carry.</summary>
    public static readonly MessageDescriptor[] DetailTypes =
        [ErrorInfo.Descriptor, BadRequest.Descriptor, ResourceInfo.Descriptor, PreconditionFailure.Descriptor, RetryInfo.Descriptor];

    public static RpcException From(Exception exception) => exception switch
    {
        RpcException rpc => rpc,
        InvalidArgumentException e => Build(Code.InvalidArgument, e, new BadRequest
        {
            FieldViolations = { e.Violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }) },
        }),
        NotFoundException e => Build(Code.NotFound, e, new ResourceInfo { ResourceName = e.ResourceName }),
        AlreadyExistsException e => Build(Code.AlreadyExists, e, new ResourceInfo { ResourceName = e.ResourceName }),
        FailedPreconditionException e => Build(Code.FailedPrecondition, e, new PreconditionFailure
        {
            Violations = { new PreconditionFailure.Types.Violation { Type = e.Reason, Subject = e.Subject, Description = e.Message } },
        }),
        UnauthenticatedException e => Build(Code.Unauthenticated, e),
        PermissionDeniedException e => Build(Code.PermissionDenied, e),
        ConcurrencyConflictException e => Build(Code.Aborted, e, new ResourceInfo { ResourceName = e.ResourceName }),
        ResourceExhaustedException e => Build(Code.ResourceExhausted, e, new RetryInfo { RetryDelay = Duration.FromTimeSpan(e.RetryAfter) }),
        // A request whose bytes are not the method's message (read inside a streaming call).
        InvalidProtocolBufferException e => Malformed(e.Message),
        DomainException e => Build(Code.FailedPrecondition, e),
        OperationCanceledException => Cancelled(),
        _ when IsDatabaseUnavailable(exception) => Build(Code.Unavailable, "DATABASE_UNAVAILABLE", "the registry's database cannot be reached; retry later"),
        // Anything else is a bug: say so without leaking its details to the caller.
        _ => Build(Code.Internal, "INTERNAL", "an internal error occurred; it has been logged"),
    };

    /// <summary>INVALID_ARGUMENT for a request whose bytes could not be read as the method's message.</summary>
    public static RpcException Malformed(string detail) =>
        Build(Code.InvalidArgument, "MALFORMED_REQUEST", $"the request could not be read as the method's message: {detail}");

    /// <summary>
    /// What a call that threw <paramref name="exception"/> answers: a cancellation at the deadline is
    /// the deadline's doing; a cancellation or broken stream once the caller has left (cancelled, or
    /// its connection dropped mid-stream) is CANCELLED, not a bug of the registry; the rest as <see cref="From"/>.
    /// </summary>
    public static RpcException ForCall(Exception exception, bool deadlinePassed, bool callerLeft) => exception switch
    {
        _ when deadlinePassed && IsCancellation(exception) => DeadlineExceeded(),
        IOException when callerLeft => Cancelled(),
        _ when callerLeft && IsCancellation(exception) => Cancelled(),
        _ => From(exception),
    };

    /// <summary>A cancellation, also when wrapped (EF Core's or Npgsql's exceptions around PostgreSQL's "canceling statement").</summary>
    private static bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException or PostgresException { SqlState: PostgresErrorCodes.QueryCanceled }
        || (exception.InnerException is { } inner && IsCancellation(inner));

    /// <summary>CANCELLED: the caller cancelled the call or its connection went away.</summary>
    public static RpcException Cancelled() => Build(Code.Cancelled, "CANCELLED", "the call was cancelled");

    /// <summary>DEADLINE_EXCEEDED: the call's deadline passed and its work was cancelled.</summary>
    public static RpcException DeadlineExceeded() =>
        Build(Code.DeadlineExceeded, "DEADLINE_EXCEEDED", "the call's deadline passed before it completed; nothing was committed unless a retry finds it");

    private static bool IsDatabaseUnavailable(Exception exception) =>
        exception switch
        {
            PostgresException postgres => postgres.IsTransient,
            NpgsqlException => true,
            TimeoutException => true,
            { InnerException: { } inner } => IsDatabaseUnavailable(inner),
            _ => false,
        };

    private static RpcException Build(Code code, DomainException e, params IMessage[] details) =>
        Build(code, e.Reason, e.Message, details);

    private static RpcException Build(Code code, string reason, string message, params IMessage[] details)
    {
        var status = new Status
        {
            Code = (int)code,
            Message = message,
            Details = { Any.Pack(new ErrorInfo { Reason = reason, Domain = Domain }) },
        };
        foreach (var detail in details)
            status.Details.Add(Any.Pack(detail));
        return status.ToRpcException();
    }
}
