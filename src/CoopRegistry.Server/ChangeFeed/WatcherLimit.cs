namespace CoopRegistry.Server.ChangeFeed;

/// <summary>Bounds the open watches of this process (ChangeFeed:MaxWatchers): each holds a stream and polls the database.</summary>
public sealed class WatcherLimit(IOptions<ChangeFeedOptions> options)
{
    private int open;

    public int Open => Volatile.Read(ref open);

    /// <summary>Counts a watch in until the returned scope is disposed; RESOURCE_EXHAUSTED when the process has as many as it takes.</summary>
    public IDisposable Enter()
    {
        if (Interlocked.Increment(ref open) > options.Value.MaxWatchers)
        {
            Interlocked.Decrement(ref open);
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"this registry process already serves {options.Value.MaxWatchers} watches (ChangeFeed:MaxWatchers); retry later or on another process"));
        }
        return new Scope(this);
    }

    private sealed class Scope(WatcherLimit limit) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
                Interlocked.Decrement(ref limit.open);
        }
    }
}
