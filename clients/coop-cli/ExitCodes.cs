using CoopRegistry.Clients;
using Grpc.Core;

namespace CoopRegistry.Cli;

/// <summary>What a script can rely on (README "Command line").</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Other = 1;
    public const int Usage = 2;
    public const int NotFound = 3;
    /// <summary>The registry or the token service refused: invalid input, a forbidden move, a stale etag, no permission, bad credentials; an import with refused rows.</summary>
    public const int Refused = 4;
    /// <summary>The registry or the token service cannot be reached, or a deadline passed.</summary>
    public const int Unavailable = 5;

    public static int For(Exception error) => error switch
    {
        RpcException rpc when rpc.Status.DebugException is { } inner && For(inner) is var code && code != Other => code,
        RpcException { StatusCode: StatusCode.NotFound } => NotFound,
        RpcException { StatusCode: StatusCode.Unavailable or StatusCode.DeadlineExceeded } => Unavailable,
        RpcException
        {
            StatusCode: StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.Aborted or StatusCode.AlreadyExists
            or StatusCode.OutOfRange or StatusCode.PermissionDenied or StatusCode.Unauthenticated or StatusCode.ResourceExhausted
        } => Refused,
        AccessTokenException { HttpStatus: >= 500 } => Unavailable,
        AccessTokenException => Refused,
        HttpRequestException => Unavailable,
        UsageException => Usage,
        InputException => Refused,
        NotFoundException => NotFound,
        _ => Other,
    };
}

/// <summary>The command line asks for something impossible (exit 2).</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>Input the CLI refuses before calling the registry (exit 4): a file that does not parse, a field that does not exist.</summary>
public sealed class InputException(string message) : Exception(message);

/// <summary>Something named locally does not exist (exit 3): a profile.</summary>
public sealed class NotFoundException(string message) : Exception(message);
