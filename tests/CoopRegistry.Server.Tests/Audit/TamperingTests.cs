using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Tests.Commitments;
using AuditChain = CoopRegistry.Data.Audit.AuditChain;
using StoredEntry = CoopRegistry.Data.Audit.AuditEntry;

namespace CoopRegistry.Server.Tests.Audit;

// Each case tampers with its own database (one class, one cloned database), behind the registry's
// back, and VerifyAuditChain must name the first bad entry. Every case first checks the chain was
// intact, so a verifier that always failed would fail these too.

/// <summary>A row's after image edited in place.</summary>
public class EditedImageTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    [Fact]
    public async Task An_edited_after_image_is_a_hash_mismatch_at_that_entry()
    {
        var head = await registry.WriteAsync(3);
        await registry.AssertIntactAsync();
        await registry.TamperAsync($$"""UPDATE registry.audit_entries SET after = '{"Task":"forged"}' WHERE sequence = {{head - 1}}""");
        var result = await registry.AssertBrokenAtAsync(head - 1, ChainFault.HashMismatch);
        Assert.Equal(head, result.EntriesChecked);
    }
}

/// <summary>A row's method edited in place.</summary>
public class EditedMethodTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    [Fact]
    public async Task An_edited_method_is_a_hash_mismatch_at_that_entry()
    {
        var head = await registry.WriteAsync(3);
        await registry.AssertIntactAsync();
        await registry.TamperAsync($"UPDATE registry.audit_entries SET method = 'seed' WHERE sequence = {head - 2}");
        await registry.AssertBrokenAtAsync(head - 2, ChainFault.HashMismatch);
    }
}

/// <summary>A row in the middle deleted.</summary>
public class DeletedMiddleTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    [Fact]
    public async Task A_deleted_middle_entry_is_a_sequence_gap_at_its_sequence()
    {
        var head = await registry.WriteAsync(3);
        await registry.AssertIntactAsync();
        await registry.TamperAsync($"DELETE FROM registry.audit_entries WHERE sequence = {head - 1}");
        var result = await registry.AssertBrokenAtAsync(head - 1, ChainFault.SequenceGap);
        Assert.Equal(head - 1, result.EntriesChecked);
    }
}

/// <summary>The last row deleted: the chain left is consistent, only the recorded head shows it.</summary>
public class DeletedTailTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    [Fact]
    public async Task A_deleted_last_entry_is_a_head_mismatch()
    {
        var head = await registry.WriteAsync(2);
        await registry.AssertIntactAsync();
        await registry.TamperAsync($"DELETE FROM registry.audit_entries WHERE sequence = {head}");
        var result = await registry.AssertBrokenAtAsync(head, ChainFault.HeadMismatch);
        Assert.Equal(head, result.HeadSequence);
    }
}

/// <summary>A well-formed entry appended past the head without the registry.</summary>
public class AppendedPastHeadTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    [Fact]
    public async Task An_entry_appended_behind_the_registrys_back_is_a_head_mismatch_at_it()
    {
        var head = await registry.WriteAsync(2);
        await registry.AssertIntactAsync();
        var last = (await registry.EntriesAsync()).Single(e => e.Sequence == head);
        var forged = last.Copy();
        forged.Sequence = head + 1;
        forged.After = """{"Task":"never happened"}""";
        forged.PreviousHash = last.Hash;
        forged.Hash = AuditChain.HashOf(forged);
        await registry.InsertAsync(forged);
        await registry.AssertBrokenAtAsync(head + 1, ChainFault.HeadMismatch);
    }
}

/// <summary>A middle row replaced by a forged one whose own hash is right: the next entry no longer links to it.</summary>
public class ReplacedMiddleTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    [Fact]
    public async Task A_replaced_entry_with_a_recomputed_hash_breaks_the_next_link()
    {
        var head = await registry.WriteAsync(3);
        await registry.AssertIntactAsync();
        var target = (await registry.EntriesAsync()).Single(e => e.Sequence == head - 1);
        var forged = target.Copy();
        forged.ClientId = "someone-else";
        forged.Hash = AuditChain.HashOf(forged);
        await registry.TamperAsync($"DELETE FROM registry.audit_entries WHERE sequence = {target.Sequence}");
        await registry.InsertAsync(forged);
        await registry.AssertBrokenAtAsync(head, ChainFault.PreviousHashMismatch);
    }

}

/// <summary>A middle row replaced by a forged one that keeps the old hash.</summary>
public class ReplacedKeepingHashTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    [Fact]
    public async Task A_replaced_entry_keeping_the_old_hash_is_a_hash_mismatch_at_it()
    {
        var head = await registry.WriteAsync(3);
        await registry.AssertIntactAsync();
        var target = (await registry.EntriesAsync()).Single(e => e.Sequence == head - 2);
        var forged = target.Copy();
        forged.Method = "/coopregistry.v1.CommitmentService/CancelCommitment";
        await registry.TamperAsync($"DELETE FROM registry.audit_entries WHERE sequence = {target.Sequence}");
        await registry.InsertAsync(forged);
        await registry.AssertBrokenAtAsync(head - 2, ChainFault.HashMismatch);
    }
}

/// <summary>
/// The whole tail rewritten consistently (every hash recomputed, the head moved): the chain alone
/// cannot tell, which is what checkpoints are for.
/// </summary>
public class RewrittenTailTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    [Fact]
    public async Task A_consistently_rewritten_tail_is_caught_only_by_a_checkpoint_taken_before()
    {
        await registry.WriteAsync(2);
        var checkpoint = (await registry.Auditor().CreateAuditCheckpointAsync(new CreateAuditCheckpointRequest())).Checkpoint;
        var head = await registry.WriteAsync(2);
        await registry.AssertIntactAsync();

        var entries = await registry.EntriesAsync();
        var from = checkpoint.Sequence - 1;
        var previous = entries.Single(e => e.Sequence == from - 1).Hash;
        var rewritten = new List<StoredEntry>();
        foreach (var entry in entries.Where(e => e.Sequence >= from))
        {
            var copy = entry.Copy();
            if (copy.Sequence == from)
                copy.After = """{"Task":"rewritten history"}""";
            copy.PreviousHash = previous;
            copy.Hash = previous = AuditChain.HashOf(copy);
            rewritten.Add(copy);
        }
        await registry.TamperAsync($"DELETE FROM registry.audit_entries WHERE sequence >= {from}");
        foreach (var entry in rewritten)
            await registry.InsertAsync(entry);
        await registry.TamperAsync($"UPDATE registry.audit_head SET hash = '\\x{Convert.ToHexStringLower(previous)}' WHERE id = 1");

        var unaided = await registry.Auditor().VerifyAuditChainAsync(new VerifyAuditChainRequest());
        Assert.True(unaided.Ok, unaided.FirstBreak?.ToString());
        Assert.Equal(head, unaided.HeadSequence);

        var result = await registry.AssertBrokenAtAsync(checkpoint.Sequence, ChainFault.CheckpointMismatch, checkpoint);
        Assert.Equal(CheckpointVerdict.Mismatch, Assert.Single(result.Checkpoints).Verdict);
    }
}
