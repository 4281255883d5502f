using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Tests.ChangeFeed;

/// <summary>Reads a WatchChanges stream in tests: up to the first heartbeat (caught up), or until a change arrives.</summary>
public static class FeedReading
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>The changes before the first heartbeat, and that heartbeat's cursor (an auditor's sequence; 0 for others).</summary>
    public static async Task<(List<Change> Changes, long Cursor)> UntilCaughtUpAsync(this AsyncServerStreamingCall<WatchChangesResponse> call)
    {
        var (changes, heartbeat) = await UntilHeartbeatAsync(call);
        return (changes, heartbeat.Cursor);
    }

    /// <summary>The changes before the first heartbeat, and that heartbeat.</summary>
    public static async Task<(List<Change> Changes, WatchChangesResponse Heartbeat)> UntilHeartbeatAsync(this AsyncServerStreamingCall<WatchChangesResponse> call)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var changes = new List<Change>();
        while (await call.ResponseStream.MoveNext(timeout.Token))
        {
            var message = call.ResponseStream.Current;
            Assert.NotEmpty(message.ResumeCursor);
            if (message.Change is null)
                return (changes, message);
            Assert.Equal(message.Change.Sequence, message.Cursor);
            changes.Add(message.Change);
        }
        throw new InvalidOperationException("the watch ended before catching up");
    }

    /// <summary>The next change (heartbeats skipped).</summary>
    public static async Task<Change> NextChangeAsync(this AsyncServerStreamingCall<WatchChangesResponse> call)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (await call.ResponseStream.MoveNext(timeout.Token))
            if (call.ResponseStream.Current.Change is { } change)
                return change;
        throw new InvalidOperationException("the watch ended before a change came");
    }
}
