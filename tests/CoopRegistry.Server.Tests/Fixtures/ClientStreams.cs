namespace CoopRegistry.Server.Tests.Fixtures;

/// <summary>Client-streaming calls whose answer is judged by the call's status.</summary>
public static class ClientStreams
{
    /// <summary>
    /// Writes <paramref name="messages"/> and completes the stream. The service may answer (refuse)
    /// before a message is flushed, which fails the write with CANCELLED; that is not the answer, so
    /// it is ignored here and the caller reads the call's own status from ResponseAsync.
    /// </summary>
    public static async Task SendAsync<TRequest, TResponse>(AsyncClientStreamingCall<TRequest, TResponse> call, params TRequest[] messages)
    {
        try
        {
            foreach (var message in messages)
                await call.RequestStream.WriteAsync(message);
            await call.RequestStream.CompleteAsync();
        }
        catch (RpcException)
        {
        }
    }
}
