namespace CoopRegistry.Server.ChangeFeed;

/// <summary>
/// Wakes every waiting watcher of this process when the audit chain may have grown. Carries no
/// data: watchers read the table after <c>sequence &gt; cursor</c>, so a lost, merged or early
/// pulse never loses or repeats a change.
/// </summary>
public sealed class ChangeSignal
{
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Pulse"/>. Take it before reading the table, so a change committed in between still wakes the reader.</summary>
    public Task Next => Volatile.Read(ref next).Task;

    public void Pulse() =>
        Interlocked.Exchange(ref next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
