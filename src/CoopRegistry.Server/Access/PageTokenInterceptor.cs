using Google.Protobuf.Reflection;

namespace CoopRegistry.Server.Access;

/// <summary>
/// Applies <see cref="PageTokenSeal"/> to every List method at the edge: a request's
/// <c>page_token</c> is opened before the service reads it, a response's <c>next_page_token</c>
/// sealed after. The services and the listing engine keep their plain tokens. A method without a
/// page token passes straight through (no state machine of its own).
/// </summary>
public sealed class PageTokenInterceptor(PageTokenSeal seal) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (MethodAccess.IsOpen(context.Method) || request is not IMessage message
            || message.Descriptor.FindFieldByName("page_token") is not { FieldType: FieldType.String } pageToken)
            return continuation(request, context);
        return SealedAsync(request, message, pageToken, context, continuation);
    }

    private async Task<TResponse> SealedAsync<TRequest, TResponse>(
        TRequest request, IMessage message, FieldDescriptor pageToken, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
        where TRequest : class
        where TResponse : class
    {
        var caller = context.Caller();
        pageToken.Accessor.SetValue(message, seal.Open((string)pageToken.Accessor.GetValue(message), caller));
        var response = await continuation(request, context);
        if (response is IMessage answer && answer.Descriptor.FindFieldByName("next_page_token") is { FieldType: FieldType.String } next)
            next.Accessor.SetValue(answer, seal.Seal((string)next.Accessor.GetValue(answer), caller));
        return response;
    }
}
