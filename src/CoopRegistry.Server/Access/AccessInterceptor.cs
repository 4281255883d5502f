namespace CoopRegistry.Server.Access;

/// <summary>
/// Checks every registry call against <see cref="MethodAccess"/> before it runs, and hands the
/// caller to the service through <see cref="CallerContext"/>. Health and reflection stay open.
/// </summary>
public sealed class AccessInterceptor(ClientStatus clients) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(request, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(requestStream, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(request, responseStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(requestStream, responseStream, context);
    }

    private void Authorize(ServerCallContext context)
    {
        if (MethodAccess.IsOpen(context.Method))
            return;
        // A refusal is logged, with who tried what, by ErrorInterceptor.
        var user = context.GetHttpContext().User;
        var caller = CallerClaims.ToCaller(user);
        if (clients.Refusal(caller.ClientId, user.FindFirst(TokenClaims.ClientStamp)?.Value,
                caller.PersonId, user.FindFirst(TokenClaims.PersonStamp)?.Value, CallerClaims.IssuedAt(user)) is { } refusal)
            throw refusal;
        if (!MethodAccess.Rules.TryGetValue(context.Method, out var action))
            throw new PermissionDeniedException($"{context.Method} has no access rule");
        AccessPolicy.Demand(caller, action);
        CallerContext.Set(context, caller);
    }
}
