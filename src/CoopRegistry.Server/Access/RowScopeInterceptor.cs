using CoopRegistry.Data.Security;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CoopRegistry.Server.Access;

/// <summary>
/// Makes the authorised caller's <see cref="RowScope"/> current for the call, so every connection
/// the call opens tells PostgreSQL whose rows it may see (row-level security, the second line
/// behind RecordAccess). Runs after <see cref="AccessInterceptor"/>; open methods keep the system scope.
/// </summary>
public sealed class RowScopeInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        using var scope = Use(context);
        return await continuation(request, context);
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        using var scope = Use(context);
        return await continuation(requestStream, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        using var scope = Use(context);
        await continuation(request, responseStream, context);
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        using var scope = Use(context);
        await continuation(requestStream, responseStream, context);
    }

    private static IDisposable? Use(ServerCallContext context) =>
        MethodAccess.IsOpen(context.Method) ? null : RowScope.Use(RowScope.For(context.Caller()));
}
