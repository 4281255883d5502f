using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Audit;
using CoopRegistry.Server.Tests.Commitments;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoopRegistry.Server.Tests.Audit;

/// <summary>
/// A write commits its entries unchained and they are chained right after the commit
/// (registry.audit_sequence): concurrent writes leave one unbroken chain, nothing waits unchained
/// once a call has answered, and an entry a stopped process left unchained is chained by the next
/// audited commit, ahead of that commit's own, or by the sweep when no write comes.
/// </summary>
public class AuditSequencingTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    [Fact]
    public async Task Concurrent_creates_leave_one_entry_each_in_an_unbroken_chain_and_nothing_unchained()
    {
        var requests = Enumerable.Range(0, 16).Select(_ => Guid.NewGuid()).ToList();
        await Task.WhenAll(requests.Select(id => registry.Commitments.CreateCommitmentAsync(new CreateCommitmentRequest
        {
            Commitment = registry.Complete($"Đồng thời {id}"),
            RequestId = id.ToString(),
        }).ResponseAsync));

        Assert.Equal(0L, await OwnerScalarAsync("SELECT count(*) FROM registry.audit_pending"));
        var chain = await ChainAsync();
        Assert.All(requests, id => Assert.Single(chain, e => e.RequestId == id));
        AssertUnbroken(chain);
    }

    [Fact]
    public async Task Creates_committed_while_a_run_is_chaining_are_chained_by_a_later_run_before_they_answer()
    {
        // The owner holds the chain's table: the first create's run has read its entry and waits to insert it.
        await using var owner = new NpgsqlConnection(registry.ConnectionString);
        await owner.OpenAsync();
        await using var hold = await owner.BeginTransactionAsync();
        await using (var lockChain = new NpgsqlCommand("LOCK TABLE registry.audit_entries IN SHARE MODE", owner, hold))
            await lockChain.ExecuteNonQueryAsync();
        var first = registry.CreateAsync(registry.Complete("Trước một lượt đang xâu chuỗi"));
        await UntilAsync("""
            SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
            WHERE c.relname = 'audit_entries' AND NOT l.granted
            """, 1);

        // These commit while that run is in flight: its read of the pending entries came before them.
        var later = Enumerable.Range(0, 3).Select(i => registry.CreateAsync(registry.Complete($"Trong lượt đang xâu chuỗi {i}"))).ToList();
        // The first create's entry is still pending to the owner until that run commits.
        await UntilAsync("SELECT count(*) FROM registry.audit_pending", later.Count + 1);
        await hold.CommitAsync();
        var created = await Task.WhenAll(later);
        await first;

        Assert.Equal(0L, await OwnerScalarAsync("SELECT count(*) FROM registry.audit_pending"));
        var chain = await ChainAsync();
        Assert.All(created, c => Assert.Single(chain, e => e.RecordName == c.Name));
        AssertUnbroken(chain);
    }

    [Fact]
    public async Task An_entry_committed_but_not_chained_is_chained_by_the_next_audited_commit_before_its_own()
    {
        await LeavePendingAsync("commitments/left-pending");
        Assert.DoesNotContain(await ChainAsync(), e => e.RecordName == "commitments/left-pending");

        var created = await registry.CreateAsync(registry.Complete("Sau một ghi chép còn chờ"));

        var chain = await ChainAsync();
        var left = chain.Single(e => e.RecordName == "commitments/left-pending");
        var own = chain.Single(e => e.RecordName == created.Name);
        Assert.True(left.Sequence < own.Sequence, $"the leftover entry ({left.Sequence}) is chained before the create's ({own.Sequence})");
        Assert.Equal(0L, await OwnerScalarAsync("SELECT count(*) FROM registry.audit_pending"));
        AssertUnbroken(chain);
    }

    [Fact]
    public async Task Entries_left_unchained_are_chained_by_the_sweep_when_no_write_comes()
    {
        await LeavePendingAsync("commitments/left-by-one");
        await LeavePendingAsync("commitments/left-by-another");

        Assert.Equal(2, await AuditLeftovers.ChainAsync(registry.AppConnectionString, CancellationToken.None));

        var chain = await ChainAsync();
        Assert.Single(chain, e => e.RecordName == "commitments/left-by-one");
        Assert.Single(chain, e => e.RecordName == "commitments/left-by-another");
        Assert.Equal(0L, await OwnerScalarAsync("SELECT count(*) FROM registry.audit_pending"));
        AssertUnbroken(chain);
        Assert.Equal(0, await AuditLeftovers.ChainAsync(registry.AppConnectionString, CancellationToken.None));
    }

    [Fact]
    public async Task A_registry_starting_chains_the_entries_a_stopped_one_left_unchained()
    {
        await LeavePendingAsync("commitments/left-before-start");

        await using var restarted = new RegistryFactory(registry.AppConnectionString);
        using var channel = RegistryFixture.ChannelTo(restarted, TestTokens.For(TestCallers.ForeignAffairs));

        // The sweep runs in the background once the host has started: wait for it, with a bound.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((long)(await OwnerScalarAsync("SELECT count(*) FROM registry.audit_pending"))! > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        var chain = await ChainAsync();
        Assert.Single(chain, e => e.RecordName == "commitments/left-before-start");
        AssertUnbroken(chain);
    }

    // As a registry stopped between a write's commit and its sequencing leaves an entry.
    private async Task LeavePendingAsync(string recordName)
    {
        await using var app = new NpgsqlConnection(registry.AppConnectionString);
        await app.OpenAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO registry.audit_pending (time, client_id, method, record_name, change, visibility, party_province_codes, party_agency_ids)
            VALUES (now(), 'dofa', '/coopregistry.v1.CommitmentService/DeleteCommitment', @record, 'Deleted', 'Restricted', '{}', '{}')
            """, app);
        insert.Parameters.AddWithValue("record", recordName);
        await insert.ExecuteNonQueryAsync();
    }

    private async Task<List<AuditEntry>> ChainAsync()
    {
        await using var db = registry.CreateContext();
        return await db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    private static void AssertUnbroken(List<AuditEntry> chain)
    {
        Assert.Equal(Enumerable.Range(1, chain.Count).Select(i => (long)i), chain.Select(e => e.Sequence));
        for (var i = 0; i < chain.Count; i++)
        {
            Assert.Equal(i == 0 ? AuditChain.Genesis : chain[i - 1].Hash, chain[i].PreviousHash);
            Assert.Equal(AuditChain.HashOf(chain[i]), chain[i].Hash);
        }
    }

    // Waits, with a bound, until the owner's count reaches what the step before it must lead to.
    private async Task UntilAsync(string countSql, long expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((long)(await OwnerScalarAsync(countSql))! < expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"never reached {expected}: {countSql}");
            await Task.Delay(20);
        }
    }

    private async Task<object?> OwnerScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(registry.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
