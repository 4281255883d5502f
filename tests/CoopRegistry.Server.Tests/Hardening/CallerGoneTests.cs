using System.Net;
using System.Net.Http.Headers;
using CoopRegistry.Server.Errors;
using Grpc.Reflection.V1;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>A caller that goes away in the middle of a call is a cancelled call, not a bug of the registry nor a malformed request.</summary>
public class CallerGoneTests(HardeningRegistry registry) : IClassFixture<HardeningRegistry>
{
    [Fact]
    public void A_broken_stream_after_the_caller_left_is_cancelled_and_the_same_failure_otherwise_is_a_bug()
    {
        // Kestrel's own words when an HTTP/2 stream is reset under a reading handler.
        var aborted = new IOException("The request stream was aborted.");
        Assert.Equal(StatusCode.Cancelled, RpcErrors.ForCall(aborted, deadlinePassed: false, callerLeft: true).StatusCode);
        Assert.Equal(StatusCode.Internal, RpcErrors.ForCall(aborted, deadlinePassed: false, callerLeft: false).StatusCode);
        Assert.Equal(StatusCode.DeadlineExceeded, RpcErrors.ForCall(new OperationCanceledException(), deadlinePassed: true, callerLeft: true).StatusCode);
        Assert.Equal(StatusCode.Cancelled, RpcErrors.ForCall(new OperationCanceledException(), deadlinePassed: false, callerLeft: true).StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, RpcErrors.ForCall(new Domain.Errors.InvalidArgumentException("name", "is empty"), deadlinePassed: false, callerLeft: true).StatusCode);
        // A cancellation wrapped by EF Core (a save cut short at the deadline) is still the deadline's doing.
        var wrapped = new Microsoft.EntityFrameworkCore.DbUpdateException("An error occurred while saving", new OperationCanceledException());
        Assert.Equal(StatusCode.DeadlineExceeded, RpcErrors.ForCall(wrapped, deadlinePassed: true, callerLeft: true).StatusCode);
        Assert.Equal(StatusCode.Internal, RpcErrors.ForCall(new InvalidOperationException("a bug"), deadlinePassed: true, callerLeft: true).StatusCode);
    }

    [Fact]
    public async Task A_stream_the_caller_abandons_is_not_logged_as_a_bug()
    {
        var logged = registry.Logs.Lines.Count;
        using (var leaving = new CancellationTokenSource())
        {
            using var call = new ServerReflection.ServerReflectionClient(registry.ChannelWith(null)).ServerReflectionInfo(cancellationToken: leaving.Token);
            await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
            // The service now waits for the next request; the caller leaves instead.
            await leaving.CancelAsync();
            await Assert.ThrowsAnyAsync<Exception>(async () => await call.ResponseStream.MoveNext(CancellationToken.None));
        }

        // The server notices on its side; give its handler a moment to end.
        for (var wait = 0; wait < 50 && !registry.Logs.Lines.Skip(logged).Any(l => l.Message.Contains("ServerReflectionInfo")); wait++)
            await Task.Delay(100);
        Assert.DoesNotContain(registry.Logs.Lines.Skip(logged), l => l.Message.Contains("failed with a bug"));
    }

    [Fact]
    public async Task A_request_its_caller_leaves_while_it_is_read_is_answered_CANCELLED_not_as_unreadable()
    {
        // The frame header announces ten bytes of message; two come, then the caller gives up.
        var call = $"left-mid-request-{Guid.NewGuid():N}";
        using var http = new HttpMessageInvoker(registry.Factory.Server.CreateHandler());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(registry.Factory.Server.BaseAddress, "/coopregistry.v1.DirectoryService/GetProvince"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new StalledContent([0, 0, 0, 0, 10, 0x0a, 0x08]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(TestCallers.ForeignAffairs));
        request.Headers.Add(AnsweredStatuses.CallHeader, call);
        using var leaving = new CancellationTokenSource();
        var sending = http.SendAsync(request, leaving.Token);
        // Once the call is in the registry, which waits for the rest of the message (or will, and find the read cancelled).
        for (var wait = 0; wait < 200 && registry.Answers.Running == 0; wait++)
            await Task.Delay(50);
        await leaving.CancelAsync();
        try
        {
            (await sending).Dispose(); // TestServer's handler still hands over the registry's answer
        }
        catch (OperationCanceledException)
        {
            // as a real client's does
        }

        var answer = await registry.Answers.OfAsync(call);
        Assert.Equal(StatusCode.Cancelled, answer.Code);
    }

    /// <summary>A request body that sends its first bytes and then nothing more until the caller gives up.</summary>
    private sealed class StalledContent(byte[] start) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(start, cancellationToken);
            await stream.FlushAsync(cancellationToken);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
