using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Status = Google.Rpc.Status;

namespace CoopRegistry.Server.Errors;

/// <summary>
/// Hostile or broken requests are the caller's error, not the registry's. Grpc.AspNetCore reads a
/// unary or server-streaming request before any interceptor runs, and answers bytes it cannot read
/// (a frame longer than its body, a compressed flag without an encoding, bytes that are not the
/// method's message, invalid UTF-8) with INTERNAL or UNKNOWN. This middleware turns exactly those
/// answers — an INTERNAL or UNKNOWN status on a gRPC call that never reached
/// <see cref="ErrorInterceptor"/> — into INVALID_ARGUMENT with the rich error model. A bug inside the
/// registry, which always passes the interceptor, keeps its INTERNAL.
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
        if (context.Items.ContainsKey(ErrorInterceptor.ReachedKey) || headers["grpc-status"] is not ["13" or "2"])
            return;
        var detail = Uri.UnescapeDataString(headers["grpc-message"].ToString());
        var status = RpcErrors.Malformed(detail.Length > 0 ? detail : "unreadable request").GetRpcStatus()
            ?? new Status { Code = (int)Code.InvalidArgument, Message = detail };
        headers["grpc-status"] = status.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["grpc-message"] = Uri.EscapeDataString(status.Message);
        headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray()).TrimEnd('=');
    }
}
