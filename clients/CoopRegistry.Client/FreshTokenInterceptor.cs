using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CoopRegistry.Clients;

/// <summary>
/// A unary call answered UNAUTHENTICATED (the token expired early, was revoked, or its signing key
/// rotated) drops the token and is made once more with a fresh one; a second refusal is the
/// caller's answer. The registry refuses before doing anything, so the repeat is always safe.
/// </summary>
public sealed class FreshTokenInterceptor(IAccessTokenSource tokens) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var current = continuation(request, context);
        async Task<TResponse> RespondAsync()
        {
            try
            {
                return await current.ResponseAsync;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Unauthenticated)
            {
                tokens.Invalidate();
                current.Dispose();
                current = continuation(request, context);
                return await current.ResponseAsync;
            }
        }
        var response = RespondAsync();
        return new AsyncUnaryCall<TResponse>(response, HeadersAsync(response, () => current), () => current.GetStatus(), () => current.GetTrailers(), () => current.Dispose());
    }

    /// <summary>The headers of the call that answered: known once it has.</summary>
    private static async Task<Metadata> HeadersAsync<TResponse>(Task<TResponse> response, Func<AsyncUnaryCall<TResponse>> answered)
    {
        try
        {
            await response;
        }
        catch (RpcException)
        {
            // The headers of a failed call are still the call's.
        }
        return await answered().ResponseHeadersAsync;
    }
}
