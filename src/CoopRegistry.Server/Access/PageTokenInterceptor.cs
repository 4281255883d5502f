using Google.Protobuf.Reflection;

namespace CoopRegistry.Server.Access;

/// <summary>
/// Applies <see cref="PageTokenSeal"/> to every List method at the edge: a request's
/// <c>page_token</c> is opened before the service reads it, a response's <c>next_page_token</c>
/// sealed after. The services and the listing engine keep their plain tokens.
/// </summary>
public sealed class PageTokenInterceptor(PageTokenSeal seal) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (MethodAccess.IsOpen(context.Method) || request is not IMessage message
            || message.Descriptor.FindFieldByName("page_token") is not { FieldType: FieldType.String } pageToken)
            return await continuation(request, context);
        var caller = context.Caller();
        pageToken.Accessor.SetValue(message, seal.Open((string)pageToken.Accessor.GetValue(message), caller));
        var response = await continuation(request, context);
        if (response is IMessage answer && answer.Descriptor.FindFieldByName("next_page_token") is { FieldType: FieldType.String } next)
            next.Accessor.SetValue(answer, seal.Seal((string)next.Accessor.GetValue(answer), caller));
        return response;
    }
}
