namespace CoopRegistry.Server.Errors;

/// <summary>
/// Hostile or broken requests are the caller's error, not the registry's. Grpc.AspNetCore reads a
/// unary or server-streaming request before any interceptor runs, and answers bytes it cannot read
/// (a frame longer than its body, a compressed flag without an encoding, bytes that are not the
/// method's message, invalid UTF-8) with INTERNAL or UNKNOWN. This middleware turns exactly those
/// answers — an INTERNAL or UNKNOWN status on a gRPC call that never reached
/// <see cref="ErrorInterceptor"/> — into INVALID_ARGUMENT with the rich error model. A bug inside the
/// registry, which always passes the interceptor, keeps its INTERNAL.
/// A request is also unreadable when its caller leaves (cancels, or its deadline passes) while it is
/// read, and the gRPC layer answers that, or an answer it could not write to a caller gone after the
/// registry's work, with UNKNOWN: a call whose caller left is answered CANCELLED instead, as
/// <see cref="ErrorInterceptor"/> answers it inside.
/// </summary>
public sealed class UnreadableRequests(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true)
            context.Response.OnStarting(() =>
            {
                // Trailers-only: an error before any message is answered in the headers.
                Rewrite(context, context.Response.Headers);
                return Task.CompletedTask;
            });
        return next(context);
    }

    private static void Rewrite(HttpContext context, IHeaderDictionary headers)
    {
        var detail = Uri.UnescapeDataString(headers["grpc-message"].ToString());
        if (Correction(context, headers["grpc-status"].ToString(), detail)?.GetRpcStatus() is not { } status)
            return;
        headers["grpc-status"] = status.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["grpc-message"] = Uri.EscapeDataString(status.Message);
        headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray()).TrimEnd('=');
    }

    /// <summary>What the gRPC layer's own INTERNAL or UNKNOWN stands for; none for every other answer.</summary>
    private static RpcException? Correction(HttpContext context, string code, string detail)
    {
        // ErrorInterceptor answers for the registry and never with UNKNOWN; its INTERNAL is a bug, whoever still listens.
        var reached = context.Items.ContainsKey(ErrorInterceptor.ReachedKey);
        if (code is not ("13" or "2") || (reached && code == "13"))
            return null;
        if (context.RequestAborted.IsCancellationRequested)
            return RpcErrors.Cancelled();
        return reached ? null : RpcErrors.Malformed(detail.Length > 0 ? detail : "unreadable request");
    }
}
