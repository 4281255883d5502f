namespace CoopRegistry.Server.Errors;

/// <summary>
/// The one place failures become gRPC statuses: services throw domain exceptions, this turns them
/// into the rich error model and logs the ones that are bugs (INTERNAL) or outages (UNAVAILABLE),
/// and every refusal (UNAUTHENTICATED, PERMISSION_DENIED, NOT_FOUND, RESOURCE_EXHAUSTED) with its caller.
/// </summary>
public sealed class ErrorInterceptor(ILogger<ErrorInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Reached(context);
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Translate(e, context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Reached(context);
        try
        {
            return await continuation(new ReadErrors<TRequest>(requestStream), context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Translate(e, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Reached(context);
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Translate(e, context);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Reached(context);
        try
        {
            await continuation(new ReadErrors<TRequest>(requestStream), responseStream, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Translate(e, context);
        }
    }

    /// <summary>Set when a call's request was read and reached the registry (see <see cref="UnreadableRequests"/>).</summary>
    public const string ReachedKey = "coopregistry.reached";

    private static void Reached(ServerCallContext context) => context.GetHttpContext().Items[ReachedKey] = true;

    private RpcException Translate(Exception exception, ServerCallContext context)
    {
        var rpc = RpcErrors.ForCall(exception, deadlinePassed: context.Deadline <= DateTime.UtcNow, callerLeft: context.CancellationToken.IsCancellationRequested);
        if (rpc.StatusCode == StatusCode.Internal)
            logger.LogError(exception, "{Method} failed with a bug", context.Method);
        else if (rpc.StatusCode == StatusCode.Unavailable)
            logger.LogWarning(exception, "{Method}: database unavailable", context.Method);
        else if (rpc.StatusCode is StatusCode.Unauthenticated or StatusCode.PermissionDenied or StatusCode.NotFound or StatusCode.ResourceExhausted)
        {
            // Every refused attempt is logged with who tried what (a NOT_FOUND may be a record out of the caller's sight).
            logger.LogWarning("Refused {Method} for {User}: {Status} {Reason}", context.Method,
                context.GetHttpContext().User.FindFirst(Domain.Access.TokenClaims.ClientId)?.Value ?? "anonymous", rpc.StatusCode, rpc.Status.Detail);
        }
        return rpc;
    }

    /// <summary>
    /// A request stream whose next message cannot be read (broken framing: the gRPC layer says
    /// INTERNAL; bytes that are not the message) is the caller's error: INVALID_ARGUMENT.
    /// </summary>
    private sealed class ReadErrors<T>(IAsyncStreamReader<T> inner) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            try
            {
                return await inner.MoveNext(cancellationToken);
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.Internal or StatusCode.Unknown)
            {
                throw RpcErrors.Malformed(e.Status.Detail);
            }
            catch (Google.Protobuf.InvalidProtocolBufferException e)
            {
                throw RpcErrors.Malformed(e.Message);
            }
        }
    }
}
