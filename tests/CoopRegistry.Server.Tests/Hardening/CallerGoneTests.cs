using CoopRegistry.Server.Errors;
using Grpc.Core;
using Grpc.Reflection.V1;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>A caller that goes away in the middle of a stream is a cancelled call, not a bug of the registry.</summary>
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
}
