using Google.Rpc;

namespace CoopRegistry.Server.Metrics;

/// <summary>
/// Counts every call the services answer, outermost of the interceptors so it sees the status
/// <see cref="Errors.ErrorInterceptor"/> made of a failure, and each error by its ErrorInfo reason.
/// </summary>
public sealed class CallMetricsInterceptor(RegistryMetrics metrics) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) =>
        CountedAsync(context, () => continuation(request, context));

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        CountedAsync(context, () => continuation(requestStream, context));

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        CountedAsync(context, async () => { await continuation(request, responseStream, context); return true; });

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        CountedAsync(context, async () => { await continuation(requestStream, responseStream, context); return true; });

    /// <summary>The call's answer, counted once it is given (or refused with an RpcException).</summary>
    private async Task<T> CountedAsync<T>(ServerCallContext context, Func<Task<T>> call)
    {
        try
        {
            var answer = await call();
            Count(context, null);
            return answer;
        }
        catch (RpcException e)
        {
            Count(context, e);
            throw;
        }
    }

    private void Count(ServerCallContext context, RpcException? failure)
    {
        // A handler may also answer by setting the status rather than throwing.
        var status = failure?.StatusCode ?? context.Status.StatusCode;
        metrics.Answered(context.Method, status);
        if (status == StatusCode.OK)
            return;
        var reason = failure?.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason;
        metrics.Refused(string.IsNullOrEmpty(reason) ? "UNSPECIFIED" : reason, status);
    }
}
