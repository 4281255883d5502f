using CoopRegistry.Domain.Access;
using CoopRegistry.Server.Access;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CoopRegistry.Server.Limits;

/// <summary>
/// Applies <see cref="ClientQuotas"/> and <see cref="RequestLimits"/> to every registry call, after
/// <see cref="AccessInterceptor"/> has named the caller (health and reflection are not limited).
/// Refusals are thrown as domain exceptions, so <c>ErrorInterceptor</c> answers them with the rich
/// error model (RESOURCE_EXHAUSTED, INVALID_ARGUMENT) and logs each refusal with its client.
/// </summary>
public sealed class LimitsInterceptor(ClientQuotas quotas, RequestLimits limits) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (Caller(context) is { } caller)
        {
            Take(caller);
            Check(request);
        }
        return continuation(request, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        if (Caller(context) is not { } caller)
            return continuation(requestStream, context);
        Take(caller);
        return continuation(new CheckedReader<TRequest>(requestStream, limits), context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        if (Caller(context) is not { } caller)
        {
            await continuation(request, responseStream, context);
            return;
        }
        Take(caller);
        Check(request);
        using var slot = quotas.OpenStream(caller.ClientId);
        await continuation(request, responseStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        if (Caller(context) is not { } caller)
            return continuation(requestStream, responseStream, context);
        Take(caller);
        return continuation(new CheckedReader<TRequest>(requestStream, limits), responseStream, context);
    }

    private static Caller? Caller(ServerCallContext context) => MethodAccess.IsOpen(context.Method) ? null : context.Caller();

    private void Take(Caller caller) => quotas.TakeCall(caller.ClientId);

    private void Check<TRequest>(TRequest request)
    {
        if (request is IMessage message)
            limits.Check(message);
    }

    /// <summary>Checks each message of a request stream as it is read.</summary>
    private sealed class CheckedReader<T>(IAsyncStreamReader<T> inner, RequestLimits limits) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            if (!await inner.MoveNext(cancellationToken))
                return false;
            if (inner.Current is IMessage message)
                limits.Check(message);
            return true;
        }
    }
}
