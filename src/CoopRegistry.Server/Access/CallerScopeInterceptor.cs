using CoopRegistry.Data.Security;

namespace CoopRegistry.Server.Access;

/// <summary>
/// Makes the authorised caller current for the whole call, in the two places below the services
/// that need it without being handed it: the <see cref="AuditActor"/> of every write (who, through
/// which method, with which request_id) and the <see cref="RowScope"/> every database connection
/// tells PostgreSQL (row-level security, the second line behind RecordAccess). Runs after
/// <see cref="AccessInterceptor"/>; open methods keep the system actor and scope.
/// A unary call opens its database connection once, with the caller's scope, and keeps it until
/// the request's DbContext is disposed: EF Core would otherwise open and close it around every
/// query, and each opening costs a round trip to set the scope plus the pool's reset (a create ran
/// eight of each). It is not closed here, so a failing close can never replace the call's status.
/// Streams open per query, as they may run for hours.
/// </summary>
public sealed class CallerScopeInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        using var actor = Use(context, request as IMessage);
        if (actor is not null)
            await context.GetHttpContext().RequestServices.GetRequiredService<RegistryDbContext>().Database.OpenConnectionAsync(context.CancellationToken);
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

    private static Scopes? Use(ServerCallContext context, IMessage? request)
    {
        if (MethodAccess.IsOpen(context.Method))
            return null;
        var caller = context.Caller();
        return new Scopes(
            AuditActor.Use(new AuditActor(caller.ClientId, caller.AgencyId, context.Method, RequestIdOf(request), caller.PersonId)),
            RowScope.Use(RowScope.For(caller)));
    }

    private sealed class Scopes(IDisposable actor, IDisposable rows) : IDisposable
    {
        public void Dispose()
        {
            rows.Dispose();
            actor.Dispose();
        }
    }

    /// <summary>The request_id of a create (AIP-155), if the request has one and it is a UUID.</summary>
    private static Guid? RequestIdOf(IMessage? request) =>
        request?.Descriptor.FindFieldByName("request_id")?.Accessor.GetValue(request) is string text && Guid.TryParse(text, out var id) ? id : null;
}
