using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Audit;
using CoopRegistry.EndToEnd.Tests.Auth;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Date = Google.Type.Date;

namespace CoopRegistry.EndToEnd.Tests;

/// <summary>
/// Two registry processes on one database: a watcher on one sees, in order and exactly once, the
/// changes made through the other (LISTEN/NOTIFY across processes), and after the watched
/// process is killed resumes from its cursor on a new one with nothing missed or repeated.
/// </summary>
public class ChangeFeedTests(StackFixture stack) : IClassFixture<StackFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_watcher_on_one_process_sees_the_changes_made_through_another_once_in_order_and_resumes_after_a_restart()
    {
        var auditor = await TokenRequests.AccessTokenAsync(stack.TokenUrl, TokenRequests.DevClients.First(c => c.ClientId == "vn30-so-noi-vu"));
        var manager = await TokenRequests.AccessTokenAsync(stack.TokenUrl, TokenRequests.DevClients.First(c => c.ClientId == "vn30-so-ngoai-vu"));
        using var writer = stack.Channel(manager);
        var directives = new DirectiveService.DirectiveServiceClient(writer);
        var start = await HeadAsync();

        long cursor;
        var watched = await stack.StartRegistryAsync();
        try
        {
            using var channel = watched.Channel(auditor);
            using var call = new ChangeFeedService.ChangeFeedServiceClient(channel).WatchChanges(new WatchChangesRequest { AfterSequence = start });
            var (before, caughtUp) = await UntilCaughtUpAsync(call);
            Assert.Empty(before);
            Assert.Equal(start, caughtUp);

            // Written through the fixture's registry process, watched on the other.
            var names = new List<string>();
            for (var i = 0; i < 3; i++)
                names.Add(await CreateDirectiveAsync(directives, $"vn-30-e2e-feed-{i}"));
            var live = new List<Change>();
            while (!names.All(n => live.Any(c => c.Record == n)))
                live.Add(await NextChangeAsync(call));
            Assert.Equal(await SequencesAsync(start, live[^1].Sequence), live.Select(c => c.Sequence));
            Assert.Equal(names, live.Where(c => names.Contains(c.Record) && c.Kind == ChangeKind.Created).Select(c => c.Record));
            cursor = live[^1].Sequence;
        }
        finally
        {
            await watched.DisposeAsync();
        }

        // While no process is watching, more changes; a new process serves the resume from the cursor.
        var later = new List<string>();
        for (var i = 0; i < 2; i++)
            later.Add(await CreateDirectiveAsync(directives, $"vn-30-e2e-feed-later-{i}"));
        await using var restarted = await stack.StartRegistryAsync();
        using var again = restarted.Channel(auditor);
        using var resumed = new ChangeFeedService.ChangeFeedServiceClient(again).WatchChanges(new WatchChangesRequest { AfterSequence = cursor });
        var (rest, head) = await UntilCaughtUpAsync(resumed);
        Assert.Equal(await SequencesAsync(cursor, head), rest.Select(c => c.Sequence));
        Assert.Equal(later, rest.Where(c => c.Kind == ChangeKind.Created && c.Record.StartsWith("directives/", StringComparison.Ordinal)).Select(c => c.Record));
    }

    private static async Task<string> CreateDirectiveAsync(DirectiveService.DirectiveServiceClient directives, string id) =>
        (await directives.CreateDirectiveAsync(new CreateDirectiveRequest
        {
            DirectiveId = id,
            Directive = new Directive
            {
                Kind = DirectiveKind.ConclusionNotice,
                IssueDate = new Date { Year = 2026, Month = 3, Day = 2 },
                Issuer = "agencies/vn30-ubnd",
                Signer = "Lê Huy Vũ",
                SignerTitle = "Phó Chánh Văn phòng UBND tỉnh",
                Subject = $"Thông báo kết luận {id}",
                Summary = "Nhiệm vụ cho các sở, ngành",
            },
        }, deadline: DateTime.UtcNow.Add(Patience))).Directive.Name;

    private async Task<long> HeadAsync()
    {
        await using var db = stack.CreateContext();
        return await db.Set<AuditEntry>().MaxAsync(e => (long?)e.Sequence) ?? 0;
    }

    private async Task<List<long>> SequencesAsync(long after, long upTo)
    {
        await using var db = stack.CreateContext();
        return await db.Set<AuditEntry>().Where(e => e.Sequence > after && e.Sequence <= upTo).OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
    }

    private static async Task<(List<Change> Changes, long Cursor)> UntilCaughtUpAsync(AsyncServerStreamingCall<WatchChangesResponse> call)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var changes = new List<Change>();
        while (await call.ResponseStream.MoveNext(timeout.Token))
        {
            if (call.ResponseStream.Current.Change is not { } change)
                return (changes, call.ResponseStream.Current.Cursor);
            changes.Add(change);
        }
        throw new InvalidOperationException("the watch ended before catching up");
    }

    private static async Task<Change> NextChangeAsync(AsyncServerStreamingCall<WatchChangesResponse> call)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (await call.ResponseStream.MoveNext(timeout.Token))
            if (call.ResponseStream.Current.Change is { } change)
                return change;
        throw new InvalidOperationException("the watch ended before a change came");
    }
}
