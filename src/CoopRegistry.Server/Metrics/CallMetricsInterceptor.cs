using Google.Rpc;

namespace CoopRegistry.Server.Metrics;

/// <summary>
/// Counts every call the services answer, outermost of the interceptors so it sees the status
/// <see cref="Errors.ErrorInterceptor"/> made of a failure, and each error by its ErrorInfo reason.
/// </summary>
public sealed class CallMetricsInterceptor(RegistryMetrics metrics) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            var response = await continuation(request, context);
            Count(context, null);
            return response;
        }
        catch (RpcException e)
        {
            Count(context, e);
            throw;
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            var response = await continuation(requestStream, context);
            Count(context, null);
            return response;
        }
        catch (RpcException e)
        {
            Count(context, e);
            throw;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
            Count(context, null);
        }
        catch (RpcException e)
        {
            Count(context, e);
            throw;
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
            Count(context, null);
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
