namespace CoopRegistry.Data.Audit;

/// <summary>What a listing of the audit log keeps; null means any. Filters combine with AND.</summary>
/// <param name="Record">A record's exact name: its entries and its parts' (entries whose parent it is).</param>
/// <param name="AgencyId">The writer's agency id (without <c>agencies/</c>).</param>
/// <param name="From">Entries at or after this instant.</param>
/// <param name="Until">Entries before this instant.</param>
/// <param name="AfterSequence">Entries after this sequence.</param>
/// <param name="PersonId">The person who made the writes (their user name).</param>
public sealed record AuditLogFilter(string? Record, string? AgencyId, string? ClientId, DateTime? From, DateTime? Until, long AfterSequence, string? PersonId = null)
{
    /// <summary>The filter's values, written the same in every process, for a page token's fingerprint.</summary>
    public string?[] Parts() =>
        [Record, AgencyId, ClientId, From?.ToString("O", CultureInfo.InvariantCulture), Until?.ToString("O", CultureInfo.InvariantCulture),
            AfterSequence.ToString(CultureInfo.InvariantCulture), PersonId];
}

/// <summary>The audit log for auditors: pages of entries in ascending sequence, the head, the chain's verification.</summary>
public sealed class AuditLog(RegistryDbContext db)
{
    // Each filter is served by an index ending in sequence; the contract's default page is 100 entries, without a total.
    private static readonly ListSchema<AuditEntry> Schema = new ListSchema<AuditEntry>("sequence", e => e.Sequence)
        .PageSizeDefault(100)
        .WithoutTotal();

    /// <summary>One page of the entries <paramref name="filter"/> keeps; <paramref name="listing"/> names the List method (its tokens are its own).</summary>
    public Task<Page<AuditEntry>> ListAsync(string listing, AuditLogFilter filter, int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        var entries = db.Set<AuditEntry>().AsNoTracking().Where(e => e.Sequence > filter.AfterSequence);
        if (filter.Record is { } record)
            entries = entries.Where(e => e.RecordName == record || e.ParentName == record);
        if (filter.AgencyId is { } agency)
            entries = entries.Where(e => e.AgencyId == agency);
        if (filter.ClientId is { } client)
            entries = entries.Where(e => e.ClientId == client);
        if (filter.PersonId is { } person)
            entries = entries.Where(e => e.PersonId == person);
        if (filter.From is { } from)
            entries = entries.Where(e => e.Time >= from);
        if (filter.Until is { } until)
            entries = entries.Where(e => e.Time < until);
        return entries.ToPageAsync(Schema, new ListRequest(pageSize, pageToken, null, null, [listing, .. filter.Parts()]), cancellationToken);
    }

    /// <inheritdoc cref="AuditHead.ReadAsync"/>
    public Task<AuditHead> HeadAsync(CancellationToken cancellationToken) => AuditHead.ReadAsync(db, cancellationToken);

    /// <inheritdoc cref="AuditChainVerifier.VerifyAsync"/>
    public Task<ChainVerification> VerifyAsync(IReadOnlyList<TrustedCheckpoint> checkpoints, CancellationToken cancellationToken) =>
        AuditChainVerifier.VerifyAsync(db, checkpoints, cancellationToken);
}
