namespace CoopRegistry.Server.Limits;

/// <summary>
/// Applies <see cref="ClientQuotas"/> and <see cref="RequestLimits"/> to every registry call, after
/// <see cref="AccessInterceptor"/> has named the caller (health and reflection are not limited).
/// Refusals are thrown as domain exceptions, so <c>ErrorInterceptor</c> answers them with the rich
/// error model (RESOURCE_EXHAUSTED, INVALID_ARGUMENT) and logs each refusal with its client.
/// </summary>
public sealed class LimitsInterceptor(ClientQuotas quotas, RequestLimits limits) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (Caller(context) is not { } caller)
            return await continuation(request, context);
        using var slot = Enter(caller, stream: false);
        Check(request);
        return await continuation(request, context);
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        if (Caller(context) is not { } caller)
            return await continuation(requestStream, context);
        using var slots = Enter(caller, stream: true);
        return await continuation(new CheckedReader<TRequest>(requestStream, limits), context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        if (Caller(context) is not { } caller)
        {
            await continuation(request, responseStream, context);
            return;
        }
        using var slots = Enter(caller, stream: true);
        Check(request);
        await continuation(request, responseStream, context);
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        if (Caller(context) is not { } caller)
        {
            await continuation(requestStream, responseStream, context);
            return;
        }
        using var slots = Enter(caller, stream: true);
        await continuation(new CheckedReader<TRequest>(requestStream, limits), responseStream, context);
    }

    /// <summary>
    /// Takes a call from the client's rate and holds an in-flight slot (and, for a stream, a stream
    /// slot) until disposed; refused with RESOURCE_EXHAUSTED when the client has none left.
    /// </summary>
    private Slots Enter(Caller caller, bool stream)
    {
        quotas.TakeCall(caller.ClientId);
        var call = quotas.EnterCall(caller.ClientId);
        try
        {
            return new Slots(call, stream ? quotas.OpenStream(caller.ClientId) : null);
        }
        catch
        {
            call.Dispose();
            throw;
        }
    }

    private static Caller? Caller(ServerCallContext context) => MethodAccess.IsOpen(context.Method) ? null : context.Caller();

    private void Check<TRequest>(TRequest request)
    {
        if (request is IMessage message)
            limits.Check(message);
    }

    private sealed class Slots(IDisposable call, IDisposable? stream) : IDisposable
    {
        public void Dispose()
        {
            stream?.Dispose();
            call.Dispose();
        }
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
