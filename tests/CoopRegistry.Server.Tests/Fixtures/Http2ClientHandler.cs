using Microsoft.AspNetCore.TestHost;

namespace CoopRegistry.Server.Tests.Fixtures;

/// <summary>
/// TestServer's client handler, made to behave where gRPC depends on it as the HTTP/2 client of a
/// deployment does (SocketsHttpHandler), so that a status a test sees is one a real caller would see:
/// <list type="bullet">
/// <item>the response says HTTP/2 (TestServer answers as HTTP/1.1 unless told otherwise);</item>
/// <item>a stream the server resets — gRPC does, with CANCEL, at a call's deadline right after
/// writing DEADLINE_EXCEEDED — is an <see cref="HttpProtocolException"/> with that code, which
/// Grpc.Net.Client reads as the cancellation it is; TestServer's own <see cref="HttpResetTestException"/>
/// it does not know and answers INTERNAL;</item>
/// <item>a call the caller cancels, or whose deadline passes, ends at once with a cancellation, as a
/// real client resets the stream; TestServer's handler instead waits for the server's answer to it
/// (which may be CANCELLED at a deadline: the server saw the caller leave before its own clock reached
/// the deadline), and its response body fails with an IOException ("the client aborted the request").</item>
/// </list>
/// What the server itself answers is what <see cref="AnsweredStatuses"/> records.
/// </summary>
internal sealed class Http2ClientHandler(HttpMessageHandler testServer) : DelegatingHandler(testServer)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sending = base.SendAsync(request, cancellationToken);
        HttpResponseMessage response;
        try
        {
            response = await sending.WaitAsync(cancellationToken);
        }
        catch (Exception e)
        {
            var translated = Translate(e, cancellationToken);
            if ((translated ?? e) is OperationCanceledException)
                Abandon(sending);
            if (translated is null)
                throw;
            throw translated;
        }
        response.Version = request.Version;
        var body = new StreamContent(new ResponseBody(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken));
        foreach (var header in response.Content.Headers)
            body.Headers.TryAddWithoutValidation(header.Key, header.Value);
        response.Content = body;
        return response;
    }

    /// <summary>What SocketsHttpHandler would have thrown instead of <paramref name="e"/>; null when the same.</summary>
    private static Exception? Translate(Exception e, CancellationToken cancellationToken) => e switch
    {
        OperationCanceledException => null,
        // However TestServer ended it (the server may fail writing to a caller gone), a cancelled request is a cancellation.
        _ when cancellationToken.IsCancellationRequested => new TaskCanceledException("the call was cancelled", e, cancellationToken),
        HttpResetTestException reset => new HttpProtocolException(reset.ErrorCode, reset.Message, reset),
        IOException { InnerException: HttpResetTestException reset } => new IOException(e.Message, new HttpProtocolException(reset.ErrorCode, reset.Message, reset)),
        _ => null,
    };

    /// <summary>The server's late answer to a call the caller left: disposed, its failure observed.</summary>
    private static void Abandon(Task<HttpResponseMessage> sending) =>
        sending.ContinueWith(
            done =>
            {
                if (done.IsCompletedSuccessfully)
                    done.Result.Dispose();
                else
                    _ = done.Exception;
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    /// <summary>The response body, read as SocketsHttpHandler's would fail: a cancellation once the call is cancelled, a protocol error once reset.</summary>
    private sealed class ResponseBody(Stream inner, CancellationToken call) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                return await inner.ReadAsync(buffer, cancellationToken);
            }
            catch (Exception e) when (Translate(e, call.IsCancellationRequested ? call : cancellationToken) is { } translated)
            {
                throw translated;
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
