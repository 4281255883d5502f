namespace CoopRegistry.Server.Access;

/// <summary>
/// Applies <see cref="UnseenReferences"/> to every answer and every streamed message of a registry
/// call. Runs innermost, after <see cref="CallerScopeInterceptor"/>, so its reads see what the
/// caller may see. Auditors see every record: nothing to take out, and their answers pass straight through.
/// </summary>
public sealed class UnseenReferencesInterceptor : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) =>
        NeedsPruning(context) ? PrunedAsync(continuation(request, context), context) : continuation(request, context);

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var response = await continuation(requestStream, context);
        if (NeedsPruning(context) && response is IMessage message)
            await UnseenReferences.PruneAsync(message, Store(context), context.CancellationToken);
        return response;
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(request, NeedsPruning(context) ? new PruningWriter<TResponse>(responseStream, Store(context), context) : responseStream, context);

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(requestStream, NeedsPruning(context) ? new PruningWriter<TResponse>(responseStream, Store(context), context) : responseStream, context);

    private static async Task<TResponse> PrunedAsync<TResponse>(Task<TResponse> answer, ServerCallContext context)
    {
        var response = await answer;
        if (response is IMessage message)
            await UnseenReferences.PruneAsync(message, Store(context), context.CancellationToken);
        return response;
    }

    private static bool NeedsPruning(ServerCallContext context) =>
        !MethodAccess.IsOpen(context.Method) && !context.Caller().Has(Scopes.Audit);

    private static RecordStore Store(ServerCallContext context) =>
        context.GetHttpContext().RequestServices.GetRequiredService<RecordStore>();

    private sealed class PruningWriter<T>(IServerStreamWriter<T> inner, RecordStore store, ServerCallContext context) : IServerStreamWriter<T>
    {
        public WriteOptions? WriteOptions
        {
            get => inner.WriteOptions;
            set => inner.WriteOptions = value;
        }

        public Task WriteAsync(T message) => WriteAsync(message, CancellationToken.None);

        // The services write with the call's token; the interface's default refuses a token it cannot pass on.
        public async Task WriteAsync(T message, CancellationToken cancellationToken)
        {
            if (message is IMessage answer)
                await UnseenReferences.PruneAsync(answer, store, context.CancellationToken);
            await inner.WriteAsync(message, cancellationToken);
        }
    }
}
