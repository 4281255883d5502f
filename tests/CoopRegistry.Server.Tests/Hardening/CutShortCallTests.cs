using System.Diagnostics;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Data;
using CoopRegistry.Server.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>
/// A call cut short — its deadline passing or its caller cancelling — at any point of its work
/// (before it reaches the registry, while its connection opens and says whose it is, mid-query, at
/// the commit, as it answers) is never a bug: every answer the registry gives is OK,
/// DEADLINE_EXCEEDED or CANCELLED, for the cut calls and for the calls after them on the same
/// pooled contexts and connections, and a create is written whole (record, request id, audit
/// entry, history) or not at all. (What a caller sees once it has cut its call is its client's own
/// doing.) The cuts come from a seeded random; a failure names its seed, and COOP_CUT_SEED replays
/// that plan (the machine's timing still varies). The pooled-connection test expects its idle
/// connection back, which another class finishing would close (ClassDatabase clears every pool of
/// the process), so the class runs with the pools left alone.
/// </summary>
[Collection(PoolsLeftAlone.Name)]
public class CutShortCallTests(HardeningRegistry registry, ITestOutputHelper output) : IClassFixture<HardeningRegistry>
{
    private const int Calls = 160;
    private const int InFlight = 4;
    private const string Client = "cut-short";

    private static readonly StatusCode[] Allowed = [StatusCode.OK, StatusCode.DeadlineExceeded, StatusCode.Cancelled];

    private enum Kind { Create, List }

    private sealed record Cut(int Index, Kind Kind, bool ByDeadline, TimeSpan After, Guid RequestId)
    {
        public string Id(int seed) => $"{seed}-{Index}";

        public string Task(int seed) => $"Cắt ngang {Id(seed)}";

        public override string ToString() => $"#{Index} {Kind} {(ByDeadline ? "deadline" : "cancel")} after {After.TotalMilliseconds:F0} ms";
    }

    private sealed record Outcome(Cut Cut, StatusCode Code);

    [Fact]
    public async Task Creates_and_lists_cut_at_random_points_answer_OK_DEADLINE_EXCEEDED_or_CANCELLED_and_write_all_or_nothing()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("COOP_CUT_SEED"), out var replay) ? replay : Random.Shared.Next();
        var commitments = registry.Commitments(TestCallers.ForeignAffairs with { ClientId = Client });
        var bugsBefore = Bugs().Count;

        // How long an uncut call takes here and now, so that the cuts spread over a whole call; its create is the whole write.
        var (createTime, listTime, whole) = await MeasureAsync(commitments, seed);
        var random = new Random(seed);
        var plan = Enumerable.Range(0, Calls).Select(i =>
        {
            var kind = i % 2 == 0 ? Kind.Create : Kind.List;
            var span = (kind == Kind.Create ? createTime : listTime) * 1.25;
            var requestId = new byte[16];
            random.NextBytes(requestId);
            return new Cut(i, kind, random.Next(2) == 0, span * random.NextDouble(), new Guid(requestId));
        }).ToList();
        output.WriteLine($"seed {seed}: a create takes {createTime.TotalMilliseconds:F0} ms, a list {listTime.TotalMilliseconds:F0} ms here");

        var outcomes = new List<Outcome>();
        foreach (var wave in plan.Chunk(InFlight))
            outcomes.AddRange(await Task.WhenAll(wave.Select(cut => CallAsync(commitments, cut, seed))));
        await UntilAnsweredAsync();

        var answers = plan.Select(cut => (cut, answer: registry.Answers.ByCall.GetValueOrDefault(cut.Id(seed)))).ToList();
        var wrong = answers.Where(a => a.answer is { } answer && !Allowed.Contains(answer.Code ?? StatusCode.Unknown)).ToList();
        Assert.True(wrong.Count == 0, $"seed {seed}: the registry answered {string.Join("; ", wrong.Select(a => $"{a.cut}: {a.answer!.Code?.ToString() ?? "no status"} {a.answer.Detail}"))}");
        Assert.True(Bugs().Count == bugsBefore, $"seed {seed}: logged as bugs: {string.Join("; ", Bugs().Skip(bugsBefore))}");
        // The cuts fell inside the registry's work too, not only before or after it.
        Assert.Contains(answers, a => a.answer?.Code is StatusCode.DeadlineExceeded or StatusCode.Cancelled);

        // A create is all or nothing, and one its caller saw succeed is there.
        var written = 0;
        foreach (var outcome in outcomes.Where(o => o.Cut.Kind == Kind.Create))
        {
            var rows = await RowsOfAsync(outcome.Cut.Task(seed), outcome.Cut.RequestId);
            Assert.True(rows == whole || rows == default, $"seed {seed}: {outcome.Cut} ({outcome.Code}) left {rows}, where a whole create writes {whole}");
            Assert.True(rows == whole || outcome.Code != StatusCode.OK, $"seed {seed}: {outcome.Cut} answered OK but wrote nothing");
            written += rows == whole ? 1 : 0;
        }
        output.WriteLine("the callers saw " + string.Join(", ", outcomes.GroupBy(o => (o.Cut.Kind, o.Code)).OrderBy(g => g.Key).Select(g => $"{g.Key.Kind} {g.Key.Code}: {g.Count()}"))
            + "; the registry answered " + string.Join(", ", answers.Where(a => a.answer is not null).GroupBy(a => (a.cut.Kind, a.answer!.Code)).OrderBy(g => g.Key).Select(g => $"{g.Key.Kind} {g.Key.Code}: {g.Count()}"))
            + $"; creates written: {written} of {Calls / 2}");

        // The connections those calls left in the pool serve the next callers normally.
        for (var i = 0; i < 2 * InFlight; i++)
        {
            await commitments.CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = registry.Complete($"Sau cơn cắt ngang {seed}-{i}") });
            await commitments.ListCommitmentsAsync(new ListCommitmentsRequest { PageSize = 100 });
        }
    }

    [Fact]
    public async Task A_connection_whose_command_was_cut_short_is_closed_unless_PostgreSQL_answered_the_cancel()
    {
        // A pool of its own, so that the next opening can only get this connection back or a new one.
        var own = new NpgsqlConnectionStringBuilder(registry.ConnectionString) { ApplicationName = $"cut-{Guid.NewGuid():N}" }.ConnectionString;
        await using var db = new RegistryDbContext(new DbContextOptionsBuilder<RegistryDbContext>().UseRegistryDatabase(own).Options);
        async Task<int> BackendAsync()
        {
            await db.Database.OpenConnectionAsync();
            return ((NpgsqlConnection)db.Database.GetDbConnection()).ProcessID;
        }

        // An uncut command: its connection goes back to the pool and serves the next opening.
        var first = await BackendAsync();
        await db.Database.ExecuteSqlRawAsync("SELECT pg_sleep(0.01)");
        await db.Database.CloseConnectionAsync();
        Assert.Equal(first, await BackendAsync());

        // Cut while the server runs it (a command cancelled before it was sent leaves a sound
        // connection, which may rightly go back to the pool). Npgsql asks PostgreSQL to cancel it
        // and, not waiting for the answer, breaks the connection; but when PostgreSQL's answer (57014)
        // wins that race, the connection read it through to ReadyForQuery and is sound: that one
        // may serve the next caller, and must serve it (a statement run until it is prepared).
        using var cut = new CancellationTokenSource();
        var sleeping = db.Database.ExecuteSqlRawAsync("SELECT pg_sleep(30)", cut.Token);
        while (!sleeping.IsCompleted && await registry.ScalarAsync($"SELECT count(*) FROM pg_stat_activity WHERE pid = {first} AND state = 'active' AND query LIKE 'SELECT pg_sleep(30)%'") is not 1L)
            await Task.Delay(10);
        await cut.CancelAsync();
        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sleeping);
        await db.Database.CloseConnectionAsync();
        var next = await BackendAsync();
        if (cancelled.InnerException is PostgresException { SqlState: PostgresErrorCodes.QueryCanceled })
            for (var i = 0; i < 3; i++)
                await db.Database.ExecuteSqlRawAsync("SELECT pg_sleep(0)");
        else
            Assert.NotEqual(first, next);
        await db.Database.CloseConnectionAsync();
    }

    private async Task<Outcome> CallAsync(CommitmentService.CommitmentServiceClient commitments, Cut cut, int seed)
    {
        var headers = new Metadata { { AnsweredStatuses.CallHeader, cut.Id(seed) } };
        using var cancel = new CancellationTokenSource();
        DateTime? deadline = cut.ByDeadline ? DateTime.UtcNow + cut.After : null;
        if (!cut.ByDeadline)
            cancel.CancelAfter(cut.After);
        try
        {
            if (cut.Kind == Kind.Create)
                await commitments.CreateCommitmentAsync(Create(cut.Task(seed), cut.RequestId), headers, deadline, cancel.Token);
            else
                await commitments.ListCommitmentsAsync(new ListCommitmentsRequest { PageSize = 100 }, headers, deadline, cancel.Token);
            return new Outcome(cut, StatusCode.OK);
        }
        catch (RpcException e)
        {
            return new Outcome(cut, e.StatusCode);
        }
    }

    private CreateCommitmentRequest Create(string task, Guid requestId) =>
        new() { Commitment = registry.Complete(task), RequestId = requestId.ToString() };

    /// <summary>The median of three uncut creates and lists, and the rows a create writes.</summary>
    private async Task<(TimeSpan Create, TimeSpan List, Rows Whole)> MeasureAsync(CommitmentService.CommitmentServiceClient commitments, int seed)
    {
        var creates = new List<TimeSpan>();
        var lists = new List<TimeSpan>();
        var whole = new List<Rows>();
        for (var i = 0; i < 3; i++)
        {
            var task = $"Đo thời gian {seed}-{i}";
            var requestId = Guid.NewGuid();
            var clock = Stopwatch.StartNew();
            await commitments.CreateCommitmentAsync(Create(task, requestId));
            creates.Add(clock.Elapsed);
            clock.Restart();
            await commitments.ListCommitmentsAsync(new ListCommitmentsRequest { PageSize = 100 });
            lists.Add(clock.Elapsed);
            whole.Add(await RowsOfAsync(task, requestId));
        }
        Assert.Single(whole.Distinct());
        Assert.NotEqual(default, whole[0]);
        return (creates.Order().ElementAt(1), lists.Order().ElementAt(1), whole[0]);
    }

    /// <summary>What a create left: commitments with its task, its request id, audit entries of that request, history rows of its commitment.</summary>
    private record struct Rows(long Records, long RequestIds, long AuditEntries, long History);

    private async Task<Rows> RowsOfAsync(string task, Guid requestId)
    {
        await using var connection = new NpgsqlConnection(registry.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM registry.commitments WHERE task = $1),
                   (SELECT count(*) FROM registry.request_ids WHERE client_id = $3 AND request_id = $2),
                   (SELECT count(*) FROM registry.audit_entries WHERE request_id = $2),
                   (SELECT count(*) FROM registry.commitment_history h JOIN registry.commitments c ON c.id = h.commitment_id WHERE c.task = $1)
            """, connection)
        {
            Parameters = { new() { Value = task }, new() { Value = requestId }, new() { Value = Client } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Rows(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    /// <summary>A caller that leaves does not wait for the registry, which finishes (or cancels) its work after.</summary>
    private async Task UntilAnsweredAsync()
    {
        for (var wait = Stopwatch.StartNew(); registry.Answers.Running > 0; await Task.Delay(50))
            Assert.True(wait.Elapsed < TimeSpan.FromSeconds(60), $"{registry.Answers.Running} cut calls still running a minute later");
    }

    private List<string> Bugs() => [.. registry.Logs.Lines.Where(l => l.Message.Contains("failed with a bug")).Select(l => l.Message)];
}
