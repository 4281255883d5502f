using CoopRegistry.Contracts.V1;
using Google.Rpc;
using static CoopRegistry.Server.Tests.Hardening.LimitedRegistry;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>Per-client quotas: a client over its rate is answered RESOURCE_EXHAUSTED while others are served; a client may hold only a bounded number of open streams.</summary>
public class ClientQuotaTests(LimitedRegistry registry) : IClassFixture<LimitedRegistry>
{
    [Fact]
    public async Task A_client_over_its_rate_is_answered_RESOURCE_EXHAUSTED_and_others_are_not()
    {
        var directory = new DirectoryService.DirectoryServiceClient(registry.ChannelFor(Client("greedy")));
        var accepted = 0;
        RpcException? refused = null;
        for (var i = 0; i < LimitedRegistry.Burst * 3 && refused is null; i++)
        {
            try
            {
                await directory.GetProvinceAsync(new GetProvinceRequest { Name = "provinces/VN-30" });
                accepted++;
            }
            catch (RpcException e)
            {
                refused = e;
            }
        }
        Assert.NotNull(refused);
        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Equal("RATE_LIMITED", refused.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Contains("greedy", refused.Status.Detail);
        // The bucket held the burst (plus what refilled meanwhile), not fewer.
        Assert.InRange(accepted, LimitedRegistry.Burst, LimitedRegistry.Burst * 3);
        Assert.Contains(registry.Logs.Lines, l => l.Message.Contains("Refused") && l.Message.Contains("greedy") && l.Message.Contains("ResourceExhausted"));

        // Another client is not affected.
        await new DirectoryService.DirectoryServiceClient(registry.ChannelFor(Client("modest"))).GetProvinceAsync(new GetProvinceRequest { Name = "provinces/VN-30" });
    }

    [Fact]
    public async Task A_client_may_hold_only_a_bounded_number_of_open_streams()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await registry.CreateAsync(registry.Complete("Hạn gần để theo dõi", today.AddDays(10)));
        var watcher = registry.Commitments(Client("watcher"));
        var open = new List<AsyncServerStreamingCall<WatchDeadlinesResponse>>();
        try
        {
            for (var i = 0; i < LimitedRegistry.Streams; i++)
            {
                var call = watcher.WatchDeadlines(new WatchDeadlinesRequest { WithinDays = 30 });
                open.Add(call);
                Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
            }
            using (var over = watcher.WatchDeadlines(new WatchDeadlinesRequest { WithinDays = 30 }))
            {
                var error = await Assert.ThrowsAsync<RpcException>(async () => await over.ResponseStream.MoveNext(CancellationToken.None));
                Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
                Assert.Equal("TOO_MANY_STREAMS", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
            }
            // Another client has its own slots; unary calls are not streams.
            using (var other = registry.Commitments(Client("other-watcher")).WatchDeadlines(new WatchDeadlinesRequest { WithinDays = 30 }))
                Assert.True(await other.ResponseStream.MoveNext(CancellationToken.None));
            await watcher.ListUpcomingDeadlinesAsync(new ListUpcomingDeadlinesRequest { WithinDays = 30 });

            // Closing one frees its slot (the server notices the cancellation shortly after).
            open[0].Dispose();
            open.RemoveAt(0);
            var reopened = false;
            for (var attempt = 0; attempt < 50 && !reopened; attempt++)
            {
                var call = watcher.WatchDeadlines(new WatchDeadlinesRequest { WithinDays = 30 });
                try
                {
                    reopened = await call.ResponseStream.MoveNext(CancellationToken.None);
                    open.Add(call);
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.ResourceExhausted)
                {
                    call.Dispose();
                    await Task.Delay(100);
                }
            }
            Assert.True(reopened);
        }
        finally
        {
            foreach (var call in open)
                call.Dispose();
        }
    }
}
