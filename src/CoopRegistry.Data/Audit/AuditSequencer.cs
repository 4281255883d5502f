using System.Collections.Concurrent;

namespace CoopRegistry.Data.Audit;

/// <summary>
/// One registry.audit_sequence() run for a batch of this process's commits, per database, instead
/// of one per commit queuing on the sequencer's advisory lock. A write that has committed its
/// pending entries joins the run not yet sent, if there is one; otherwise it opens one and leads it:
/// once the run in flight (if any) has ended, the leader sends it on its own connection, and every
/// write that joined meanwhile waits for it. A run chains every entry committed before it was sent
/// (it reads the pending entries after taking the lock), so each write it answers is chained; a run
/// already sent is never joined, since a commit after it may be missed by its read. A write whose
/// shared run failed chains on its own connection, as it would have alone.
/// </summary>
public sealed class AuditSequencer
{
    private static readonly ConcurrentDictionary<string, AuditSequencer> ByDatabase = new();

    private readonly Lock gate = new();
    // The run that commits join until its leader sends it; null while none waits to be sent.
    private TaskCompletionSource<int>? open;
    // The last run opened: the next one is sent only after it has ended.
    private Task last = Task.CompletedTask;

    /// <summary>The sequencer of <paramref name="connection"/>'s database in this process.</summary>
    public static AuditSequencer For(NpgsqlConnection connection) =>
        ByDatabase.GetOrAdd(connection.DataSource + "/" + connection.Database, static _ => new AuditSequencer());

    /// <summary>
    /// Returns once a run sent after this call began has ended, so every entry the caller committed
    /// before calling is chained; <paramref name="sequence"/> sends one run on a connection and
    /// returns how many entries it chained. Throws what the caller's own run threw, if it had to run one.
    /// </summary>
    public async Task ChainedAsync(NpgsqlConnection connection, Func<NpgsqlConnection, Task<int>> sequence)
    {
        TaskCompletionSource<int> run;
        Task? previous = null;
        lock (gate)
        {
            if (open is null)
            {
                open = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
                previous = last;
                last = open.Task;
            }
            run = open;
        }
        if (previous is not null)
        {
            await LeadAsync(run, previous, connection, sequence);
            return;
        }
        try
        {
            await run.Task;
        }
        catch (Exception)
        {
            // The leader's run failed (its connection, say): chain alone, as without the batch.
            await sequence(connection);
        }
    }

    private async Task LeadAsync(TaskCompletionSource<int> run, Task previous, NpgsqlConnection connection, Func<NpgsqlConnection, Task<int>> sequence)
    {
        try
        {
            await previous;
        }
        catch (Exception)
        {
            // The previous run's own writes deal with its failure; this run chains their entries too.
        }
        // Sent from here on: a commit after this point may be missed by this run, so it opens the next.
        lock (gate)
            open = null;
        try
        {
            run.SetResult(await sequence(connection));
        }
        catch (Exception e)
        {
            run.SetException(e);
            _ = run.Task.Exception; // observed here; the followers see it too
            throw;
        }
    }
}
