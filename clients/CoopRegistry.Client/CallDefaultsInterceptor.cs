using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Clients;

/// <summary>
/// Runs once per logical call, above the channel's retries: gives a call without a deadline the
/// default one and a create without a request_id a fresh one (<see cref="RequestIds"/>).
/// </summary>
public sealed class CallDefaultsInterceptor(IOptions<CoopRegistryClientOptions> options) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation) =>
        continuation(RequestIds.WithRequestId(request), WithDeadline(context));

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(RequestIds.WithRequestId(request), WithDeadline(context));

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context, AsyncClientStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(WithDeadline(context));

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, BlockingUnaryCallContinuation<TRequest, TResponse> continuation) =>
        continuation(RequestIds.WithRequestId(request), WithDeadline(context));

    // Streams that follow a feed (WatchDeadlines) are long-lived: they keep whatever deadline the caller gave.
    private ClientInterceptorContext<TRequest, TResponse> WithDeadline<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context)
        where TRequest : class
        where TResponse : class
    {
        if (context.Options.Deadline is not null || context.Method.Name.StartsWith("Watch", StringComparison.Ordinal))
            return context;
        var deadline = DateTime.UtcNow + options.Value.DefaultDeadline;
        return new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, context.Options.WithDeadline(deadline));
    }
}
