using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Access;
using CoopRegistry.Server.Tests.Commitments;
using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Server.Tests.ChangeFeed;

/// <summary>
/// Issue 20: the change feed tells a caller nothing about changes it does not see. The audit
/// chain's sequence (which every write moves, hidden ones included) reaches auditors only; everyone
/// else resumes from a cursor sealed for it, a new text at every message, of one length wherever
/// the chain stands; a forged, altered or borrowed cursor and a guessed sequence are refused.
/// </summary>
public class ChangeCursorSecrecyTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    private static readonly Caller OtherPartner = TestCallers.Ratanakiri with { ClientId = "ratanakiri-other-system" };

    private AsyncServerStreamingCall<WatchChangesResponse> Watch(Caller caller, string cursor = "", long after = 0) =>
        new ChangeFeedService.ChangeFeedServiceClient(registry.ChannelWith(TestTokens.For(caller)))
            .WatchChanges(new WatchChangesRequest { ResumeCursor = cursor, AfterSequence = after });

    [Fact]
    public async Task Hidden_writes_change_nothing_a_partner_reads_from_the_feed()
    {
        await registry.CreateAsync(registry.Complete("Trước khi theo dõi"));
        using var first = Watch(TestCallers.Ratanakiri);
        var before = (await first.UntilHeartbeatAsync()).Heartbeat;

        // Commitments of Attapeu's: the chain moves on, out of Ratanakiri's sight.
        for (var i = 0; i < 5; i++)
        {
            var hidden = registry.Complete($"Việc riêng với Attapeu {i}");
            hidden.PartnerProvinces.Add("provinces/LA-AT");
            await registry.CreateAsync(hidden);
        }
        using var resumed = Watch(TestCallers.Ratanakiri, before.ResumeCursor);
        var (changes, after) = await resumed.UntilHeartbeatAsync();
        using var again = Watch(TestCallers.Ratanakiri, before.ResumeCursor);
        var (_, repeated) = await again.UntilHeartbeatAsync();

        Assert.Empty(changes);
        Assert.Equal((0L, 0L), (before.Cursor, after.Cursor));
        Assert.Equal(before.ResumeCursor.Length, after.ResumeCursor.Length);
        // Sealed afresh every time: two cursors of one position are different texts.
        Assert.NotEqual(after.ResumeCursor, repeated.ResumeCursor);
        Assert.NotEqual(before.ResumeCursor, after.ResumeCursor);
    }

    [Theory]
    [InlineData("partner")]
    [InlineData("manage")]
    [InlineData("report")]
    public async Task Only_auditors_see_or_send_sequences(string role)
    {
        var caller = TestCallers.ByRole[role];
        await registry.CreateAsync(registry.Complete($"Ai thấy số thứ tự ({role})"));
        using var watch = Watch(caller);
        var (changes, heartbeat) = await watch.UntilHeartbeatAsync();
        Assert.All(changes, c => Assert.Equal(0, c.Sequence));
        Assert.Equal(0, heartbeat.Cursor);
        await RpcAssert.InvalidFieldAsync("after_sequence", async () => await Watch(caller, after: 1).UntilCaughtUpAsync());

        using var auditor = Watch(TestCallers.Auditor);
        var (all, head) = await auditor.UntilHeartbeatAsync();
        Assert.All(all, c => Assert.True(c.Sequence > 0));
        Assert.True(head.Cursor > 0);
    }

    [Fact]
    public async Task A_forged_altered_or_borrowed_cursor_is_refused()
    {
        using var own = Watch(TestCallers.Ratanakiri);
        var cursor = (await own.UntilHeartbeatAsync()).Heartbeat.ResumeCursor;
        var altered = cursor[..^2] + (cursor[^2] == 'A' ? 'B' : 'A') + cursor[^1];
        foreach (var bad in new[] { "1", "garbage", altered })
            await RpcAssert.InvalidFieldAsync("resume_cursor", async () => await Watch(TestCallers.Ratanakiri, bad).UntilCaughtUpAsync());
        await RpcAssert.InvalidFieldAsync("resume_cursor", async () => await Watch(OtherPartner, cursor).UntilCaughtUpAsync());
    }

    [Fact]
    public async Task A_cursor_expires_by_the_changes_it_would_bring_never_by_hidden_ones()
    {
        using var first = Watch(TestCallers.Ratanakiri);
        var cursor = (await first.UntilHeartbeatAsync()).Heartbeat.ResumeCursor;
        var hidden = registry.Complete("Việc riêng với Attapeu (lưu giữ)");
        hidden.PartnerProvinces.Add("provinces/LA-AT");
        await registry.CreateAsync(hidden);
        try
        {
            // 31 days on: the change after the cursor is older than the retention, but Ratanakiri may not see it.
            await PastRetentionAsync();
            using var resumed = Watch(TestCallers.Ratanakiri, cursor);
            Assert.Empty((await resumed.UntilHeartbeatAsync()).Changes);

            // A change it does see, as old: now its cursor has expired.
            registry.Clock.Now = CommitmentRegistry.Start;
            var shown = registry.Complete("Việc chung với Ratanakiri (lưu giữ)");
            shown.PartnerProvinces.Add("provinces/KH-16");
            await registry.CreateAsync(shown);
            await PastRetentionAsync();
            var status = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () => await Watch(TestCallers.Ratanakiri, cursor).UntilHeartbeatAsync());
            Assert.Contains("retention", status.Message, StringComparison.Ordinal);
        }
        finally
        {
            registry.Clock.Now = CommitmentRegistry.Start;
        }
    }

    private async Task PastRetentionAsync()
    {
        await using var db = registry.CreateContext();
        var newest = await db.Set<Data.Audit.AuditEntry>().MaxAsync(e => e.Time);
        registry.Clock.Now = new DateTimeOffset(DateTime.SpecifyKind(newest, DateTimeKind.Utc)).AddDays(31);
    }
}
