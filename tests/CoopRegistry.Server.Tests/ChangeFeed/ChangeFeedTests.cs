using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Audit;
using CoopRegistry.Domain.Access;
using CoopRegistry.Server.Tests.Commitments;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Server.Tests.ChangeFeed;

/// <summary>
/// WatchChanges on one registry: the audit chain after a cursor in order and exactly once, a
/// resume from any cursor, a partner's view limited to the records it may see at the time of the
/// change, retention, and changes written after the watch started arriving live.
/// </summary>
public class ChangeFeedTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    private AsyncServerStreamingCall<WatchChangesResponse> Watch(Caller caller, long after, params string[] collections) =>
        new ChangeFeedService.ChangeFeedServiceClient(registry.ChannelWith(TestTokens.For(caller)))
            .WatchChanges(new WatchChangesRequest { AfterSequence = after, Collections = { collections } });

    private AsyncServerStreamingCall<WatchChangesResponse> Resume(Caller caller, string cursor) =>
        new ChangeFeedService.ChangeFeedServiceClient(registry.ChannelWith(TestTokens.For(caller)))
            .WatchChanges(new WatchChangesRequest { ResumeCursor = cursor });

    private async Task<long> HeadAsync()
    {
        await using var db = registry.CreateContext();
        return await db.Set<AuditEntry>().MaxAsync(e => (long?)e.Sequence) ?? 0;
    }

    private async Task<List<long>> SequencesAfterAsync(long after)
    {
        await using var db = registry.CreateContext();
        return await db.Set<AuditEntry>().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
    }

    /// <summary>A commitment created, its deliverable changed and a progress report on it: three or more entries.</summary>
    private async Task<Commitment> WriteAsync(string task, params string[] partnerProvinces)
    {
        var commitment = registry.Complete(task);
        commitment.PartnerProvinces.Add(partnerProvinces);
        var created = await registry.CreateAsync(commitment);
        var change = new Commitment { Name = created.Name, Etag = created.Etag, Deliverable = "Báo cáo " + task };
        await registry.Commitments.UpdateCommitmentAsync(new UpdateCommitmentRequest { Commitment = change, UpdateMask = new FieldMask { Paths = { "deliverable" } } });
        await registry.Client(TestCallers.Department).ReportProgressAsync(new ReportProgressRequest
        {
            Name = created.Name,
            Report = new ProgressReport { Narrative = "Đang triển khai", PercentComplete = 20 },
        });
        return created;
    }

    [Fact]
    public async Task An_auditor_gets_every_change_after_the_cursor_in_order_once_and_resumes_from_any_cursor()
    {
        var start = await HeadAsync();
        var first = await WriteAsync("Hội chợ thương mại biên giới");
        var second = await WriteAsync("Diễn đàn đầu tư Tây Nguyên");
        var expected = await SequencesAfterAsync(start);

        using var call = Watch(TestCallers.Auditor, start);
        var (changes, cursor) = await call.UntilCaughtUpAsync();

        Assert.Equal(expected, changes.Select(c => c.Sequence));
        Assert.Equal(expected[^1], cursor);
        var create = changes.First(c => c.Record == first.Name);
        Assert.Equal((ChangeKind.Created, "/coopregistry.v1.CommitmentService/CreateCommitment"), (create.Kind, create.Method));
        Assert.Equal(("Hội chợ thương mại biên giới", first.Name), (create.Commitment?.Task, create.Commitment?.Name));
        // Each change carries the record as it stood right after it.
        var update = Assert.Single(changes, c => c.Record == first.Name && c.Kind == ChangeKind.Updated && c.Method.EndsWith("/UpdateCommitment", StringComparison.Ordinal));
        Assert.Equal("Báo cáo Hội chợ thương mại biên giới", update.Commitment.Deliverable);
        Assert.Equal(Change.SnapshotOneofCase.Commitment, update.SnapshotCase);
        var report = Assert.Single(changes, c => c.Parent == second.Name && c.Record.StartsWith(second.Name + "/progressReports/", StringComparison.Ordinal));
        Assert.Equal(("Đang triển khai", 20), (report.ProgressReport?.Narrative, report.ProgressReport?.PercentComplete ?? 0));

        // A reconnect from any cursor gets exactly the rest, and from the last one nothing but a heartbeat.
        var middle = changes[changes.Count / 2].Sequence;
        using var resumed = Watch(TestCallers.Auditor, middle);
        var (rest, _) = await resumed.UntilCaughtUpAsync();
        Assert.Equal(expected.Where(s => s > middle), rest.Select(c => c.Sequence));
        using var atEnd = Watch(TestCallers.Auditor, cursor);
        Assert.Equal((0, cursor), (await atEnd.UntilCaughtUpAsync()) is var (none, head) ? (none.Count, head) : default);
    }

    [Fact]
    public async Task A_partner_gets_only_the_changes_of_records_it_may_see()
    {
        var start = await HeadAsync();
        using var caughtUp = Watch(TestCallers.Ratanakiri, 0);
        var from = (await caughtUp.UntilHeartbeatAsync()).Heartbeat.ResumeCursor;
        var concerning = await WriteAsync("Thông quan hàng hóa qua cửa khẩu Lệ Thanh – O Yadav", "provinces/KH-16");
        var other = await WriteAsync("Trao học bổng cho sinh viên Attapeu", "provinces/LA-AT");
        var home = await WriteAsync("Rà soát quy hoạch khu kinh tế");

        using var partner = Resume(TestCallers.Ratanakiri, from);
        var (seen, heartbeat) = await partner.UntilHeartbeatAsync();
        using var auditor = Watch(TestCallers.Auditor, start);
        var (all, _) = await auditor.UntilCaughtUpAsync();

        var ofConcerning = all.Where(c => c.Record == concerning.Name || c.Parent == concerning.Name).Select(Seen).ToList();
        // Its creation, its update and its progress report (which updates the commitment too).
        Assert.True(ofConcerning.Count >= 3, string.Join(", ", ofConcerning));
        Assert.Equal(ofConcerning, seen.Select(Seen));
        Assert.DoesNotContain(seen, c => c.Record.StartsWith(other.Name, StringComparison.Ordinal) || c.Record.StartsWith(home.Name, StringComparison.Ordinal));
        Assert.Contains(all, c => c.Record == other.Name);
        // No sequence reaches the partner; its heartbeat's cursor passes the entries it does not see, so it resumes at the head.
        Assert.All(seen, c => Assert.Equal(0, c.Sequence));
        Assert.Equal(0, heartbeat.Cursor);
        using var resumed = Resume(TestCallers.Ratanakiri, heartbeat.ResumeCursor);
        Assert.Empty((await resumed.UntilCaughtUpAsync()).Changes);
    }

    private static string Seen(Change change) => $"{change.Record} {change.Kind} {change.Time}";

    [Fact]
    public async Task Collections_filter_the_feed()
    {
        var start = await HeadAsync();
        var created = await WriteAsync("Hội thảo hợp tác nông nghiệp");
        await registry.Commitments.CancelCommitmentAsync(new CancelCommitmentRequest { Name = created.Name, Reason = "Trùng lặp" });

        using var call = Watch(TestCallers.Auditor, start, "directives");
        Assert.Empty((await call.UntilCaughtUpAsync()).Changes);
        using var commitments = Watch(TestCallers.Auditor, start, "commitments");
        Assert.NotEmpty((await commitments.UntilCaughtUpAsync()).Changes);
        await RpcAssert.InvalidFieldAsync("collections", async () => await Watch(TestCallers.Auditor, start, "commitments/x").UntilCaughtUpAsync());
    }

    [Fact]
    public async Task A_change_written_after_the_watch_started_arrives_live()
    {
        using var call = Watch(TestCallers.Ratanakiri, 0);
        await call.UntilCaughtUpAsync();

        var unseen = await registry.CreateAsync(registry.Complete("Không liên quan đến Ratanakiri"));
        var commitment = registry.Complete("Khảo sát tuyến đường nối cửa khẩu");
        commitment.PartnerProvinces.Add("provinces/KH-16");
        var created = await registry.CreateAsync(commitment);

        var change = await call.NextChangeAsync();
        Assert.Equal((created.Name, ChangeKind.Created), (change.Record, change.Kind));
        Assert.Equal(0, change.Sequence);
        Assert.NotEqual(unseen.Name, change.Record);
    }

    [Fact]
    public async Task A_cursor_beyond_the_head_or_negative_is_refused_naming_it()
    {
        var head = await HeadAsync();
        var violation = await RpcAssert.InvalidFieldAsync("after_sequence", async () => await Watch(TestCallers.Auditor, head + 1000).UntilCaughtUpAsync());
        Assert.Contains((head + 1000).ToString(System.Globalization.CultureInfo.InvariantCulture), violation.Description);
        await RpcAssert.InvalidFieldAsync("after_sequence", async () => await Watch(TestCallers.Auditor, -1).UntilCaughtUpAsync());
    }

    [Fact]
    public async Task A_cursor_older_than_retention_is_refused_and_a_watch_from_0_starts_within_it()
    {
        var head = await HeadAsync();
        await using (var db = registry.CreateContext())
        {
            var newest = await db.Set<AuditEntry>().MaxAsync(e => e.Time);
            registry.Clock.Now = new DateTimeOffset(DateTime.SpecifyKind(newest, DateTimeKind.Utc)).AddDays(31);
        }
        try
        {
            var status = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () => await Watch(TestCallers.Auditor, 1).UntilCaughtUpAsync());
            Assert.Contains("after_sequence 1", status.Message);
            Assert.Contains("retention", status.Message);
            Assert.Contains($"after_sequence {head}", status.Message);

            // From 0: nothing kept is younger than 30 days, so only the heartbeat at the head.
            using var fromStart = Watch(TestCallers.Auditor, 0);
            var (changes, cursor) = await fromStart.UntilCaughtUpAsync();
            Assert.Empty(changes);
            Assert.Equal(head, cursor);

            // A change made now is within retention: the cursor before it is still good.
            var created = await registry.CreateAsync(registry.Complete("Sau thời hạn lưu giữ"));
            using var resumed = Watch(TestCallers.Auditor, head);
            Assert.Contains((await resumed.UntilCaughtUpAsync()).Changes, c => c.Record == created.Name);
        }
        finally
        {
            registry.Clock.Now = CommitmentRegistry.Start;
        }
    }
}
