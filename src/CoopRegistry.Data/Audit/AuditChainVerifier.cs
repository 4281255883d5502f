namespace CoopRegistry.Data.Audit;

/// <summary>Why an entry breaks the chain.</summary>
public enum AuditChainFault
{
    /// <summary>The stored hash is not the hash of the entry's fields: the row was edited.</summary>
    HashMismatch,
    /// <summary>previous_hash is not the previous entry's hash: a row before it was removed, replaced or inserted.</summary>
    PreviousHashMismatch,
    /// <summary>This sequence is missing: the next stored entry has a later one.</summary>
    SequenceGap,
    /// <summary>The entries end elsewhere than registry.audit_head says (tail removed, or rows appended behind the registry's back).</summary>
    HeadMismatch,
    /// <summary>A trusted checkpoint says this entry had another hash, or the log no longer reaches it.</summary>
    CheckpointMismatch,
}

/// <summary>The first place the chain breaks.</summary>
public sealed record AuditChainBreak(long Sequence, AuditChainFault Fault, string Description);

/// <summary>A checkpoint whose signature was already checked: the entry at Sequence must hash to Hash.</summary>
public sealed record TrustedCheckpoint(long Sequence, byte[] Hash);

/// <summary>What <see cref="AuditChainVerifier"/> found. <c>CheckpointsMatched</c> follows the order of the checkpoints given.</summary>
public sealed record ChainVerification(long EntriesChecked, AuditHead Head, AuditChainBreak? FirstBreak, IReadOnlyList<bool> CheckpointsMatched);

/// <summary>
/// Recomputes the whole audit chain from the stored rows, in one snapshot (REPEATABLE READ) so
/// the head and the rows agree while writers go on appending. Rows are streamed in sequence order
/// without tracking: memory stays flat however long the log is. Reports the first break, checks
/// the end against registry.audit_head and each trusted checkpoint against the entry at its sequence.
/// </summary>
public static class AuditChainVerifier
{
    public static async Task<ChainVerification> VerifyAsync(RegistryDbContext db, IReadOnlyList<TrustedCheckpoint> checkpoints, CancellationToken cancellationToken)
    {
        await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var head = await AuditHead.ReadAsync(db, cancellationToken);
        var bySequence = checkpoints.Select((c, i) => (c, i)).ToLookup(x => x.c.Sequence);
        var matched = checkpoints.Select(c => c.Sequence == 0 && c.Hash.AsSpan().SequenceEqual(AuditChain.Genesis)).ToArray();
        var reached = checkpoints.Select(c => c.Sequence == 0).ToArray();
        AuditChainBreak? first = null;
        void Found(long sequence, AuditChainFault fault, string description)
        {
            if (first is null || sequence < first.Sequence)
                first = new AuditChainBreak(sequence, fault, description);
        }

        var expected = 1L;
        var previous = AuditChain.Genesis;
        var count = 0L;
        await foreach (var entry in db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            count++;
            if (entry.Sequence != expected)
                Found(expected, AuditChainFault.SequenceGap, entry.Sequence > expected
                    ? $"entries {expected} to {entry.Sequence - 1} are missing: after {expected - 1} comes {entry.Sequence}"
                    : $"entry {entry.Sequence} appears where {expected} was expected");
            else if (!entry.PreviousHash.AsSpan().SequenceEqual(previous))
                Found(entry.Sequence, AuditChainFault.PreviousHashMismatch,
                    $"previous_hash {Hex(entry.PreviousHash)} is not the hash {Hex(previous)} of entry {entry.Sequence - 1}");
            var computed = AuditChain.HashOf(entry);
            if (!computed.AsSpan().SequenceEqual(entry.Hash))
                Found(entry.Sequence, AuditChainFault.HashMismatch, $"stored hash {Hex(entry.Hash)} but its fields hash to {Hex(computed)}");
            if (entry.Sequence == head.Sequence && !entry.Hash.AsSpan().SequenceEqual(head.Hash))
                Found(entry.Sequence, AuditChainFault.HeadMismatch, $"the recorded head has hash {Hex(head.Hash)}, the entry {Hex(entry.Hash)}");
            if (entry.Sequence == head.Sequence + 1)
                Found(entry.Sequence, AuditChainFault.HeadMismatch, $"the recorded head is {head.Sequence} but entries continue past it");
            foreach (var (checkpoint, index) in bySequence[entry.Sequence])
            {
                reached[index] = true;
                matched[index] = checkpoint.Hash.AsSpan().SequenceEqual(computed);
                if (!matched[index])
                    Found(entry.Sequence, AuditChainFault.CheckpointMismatch, $"a signed checkpoint says entry {entry.Sequence} had hash {Hex(checkpoint.Hash)}; it now hashes to {Hex(computed)}");
            }
            expected = entry.Sequence + 1;
            previous = entry.Hash;
        }

        var last = expected - 1;
        if (last < head.Sequence)
            Found(last + 1, AuditChainFault.HeadMismatch, $"the recorded head is {head.Sequence} but the entries end at {last}");
        foreach (var checkpoint in checkpoints.Where((_, i) => !reached[i]))
            Found(checkpoint.Sequence, AuditChainFault.CheckpointMismatch, checkpoint.Sequence > last
                ? $"a signed checkpoint reaches entry {checkpoint.Sequence} but the entries end at {last}"
                : $"a signed checkpoint covers entry {checkpoint.Sequence}, which is gone");
        return new ChainVerification(count, head, first, matched);
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
