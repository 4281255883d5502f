using CoopRegistry.Data.Audit;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CoopRegistry.Server.Access;

/// <summary>
/// Makes the authorised caller, the method and the request's request_id the <see cref="AuditActor"/>
/// of every write the call makes, so each audit entry says who did it and through what.
/// Runs after <see cref="AccessInterceptor"/>.
/// </summary>
public sealed class AuditActorInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        using var actor = Use(context, request as IMessage);
        return await continuation(request, context);
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        using var actor = Use(context, null);
        return await continuation(requestStream, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        using var actor = Use(context, request as IMessage);
        await continuation(request, responseStream, context);
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        using var actor = Use(context, null);
        await continuation(requestStream, responseStream, context);
    }

    private static IDisposable? Use(ServerCallContext context, IMessage? request)
    {
        if (MethodAccess.IsOpen(context.Method))
            return null;
        var caller = context.Caller();
        return AuditActor.Use(new AuditActor(caller.ClientId, caller.AgencyId, context.Method, RequestIdOf(request)));
    }

    /// <summary>The request_id of a create (AIP-155), if the request has one and it is a UUID.</summary>
    private static Guid? RequestIdOf(IMessage? request) =>
        request?.Descriptor.FindFieldByName("request_id")?.Accessor.GetValue(request) is string text && Guid.TryParse(text, out var id) ? id : null;
}
