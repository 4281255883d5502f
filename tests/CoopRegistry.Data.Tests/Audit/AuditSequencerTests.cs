using System.Threading.Channels;
using CoopRegistry.Data.Audit;
using Npgsql;

namespace CoopRegistry.Data.Tests.Audit;

/// <summary>
/// The batching of sequencer runs, with runs the test ends itself (AuditSequencingTests runs the
/// real one): commits made while a run is in flight wait for one run sent after it, all of them
/// together, never for the run in flight, whose read of the pending entries may precede their commits.
/// </summary>
public class AuditSequencerTests
{
    // A bound on waiting for a run to be sent, so that a sequencer that never sends it fails rather than hangs.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly AuditSequencer sequencer = new();
    private readonly Channel<TaskCompletionSource<int>> sent = Channel.CreateUnbounded<TaskCompletionSource<int>>();

    [Fact]
    public async Task Commits_during_a_run_wait_for_one_run_sent_after_it_and_share_it()
    {
        var first = Chained();
        var firstRun = await NextSentAsync();
        var later = Enumerable.Range(0, 5).Select(_ => Chained()).ToList();
        Assert.False(sent.Reader.TryRead(out _), "a run was sent while another was in flight");

        firstRun.SetResult(1);
        await first;
        var laterRun = await NextSentAsync();
        Assert.All(later, call => Assert.False(call.IsCompleted, "a commit made during the first run answered before a run sent after it ended"));

        laterRun.SetResult(5);
        await Task.WhenAll(later);
        Assert.False(sent.Reader.TryRead(out _), "the commits made during the first run did not share one run");
    }

    [Fact]
    public async Task A_commit_with_no_run_in_flight_sends_one_at_once()
    {
        var call = Chained();
        (await NextSentAsync()).SetResult(1);
        await call;

        var next = Chained();
        (await NextSentAsync()).SetResult(1);
        await next;
    }

    [Fact]
    public async Task When_the_shared_run_fails_its_leader_fails_and_each_other_commit_chains_alone()
    {
        var first = Chained();
        var firstRun = await NextSentAsync();
        var leader = Chained();
        var followers = Enumerable.Range(0, 3).Select(_ => Chained()).ToList();
        firstRun.SetResult(1);
        await first;

        (await NextSentAsync()).SetException(new NpgsqlException("connection broken"));
        await Assert.ThrowsAsync<NpgsqlException>(() => leader);
        for (var i = 0; i < followers.Count; i++)
            (await NextSentAsync()).SetResult(1);
        await Task.WhenAll(followers);
        Assert.False(sent.Reader.TryRead(out _));
    }

    private Task Chained() => sequencer.ChainedAsync(new NpgsqlConnection(), _ =>
    {
        var run = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        sent.Writer.TryWrite(run);
        return run.Task;
    });

    private async Task<TaskCompletionSource<int>> NextSentAsync()
    {
        using var bound = new CancellationTokenSource(Bound);
        return await sent.Reader.ReadAsync(bound.Token);
    }
}
