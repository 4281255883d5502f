namespace CoopRegistry.Data.Audit;

/// <summary>
/// Records as they stood: rebuilt from an audit entry's image (only what the record's own row
/// stored), or found as they stood at an instant (the after image of the last entry then).
/// </summary>
public sealed class RecordHistory(RegistryDbContext db, RecordStore store)
{
    private const string ProgressReports = "/progressReports/";

    /// <summary>
    /// The record as it stood at <paramref name="asOf"/>; null if it did not exist then (or was
    /// hard-deleted). Records older than the log (no entry at or before the instant) are read from
    /// the before image of their first later entry, or from the row itself when the log has never seen them change.
    /// </summary>
    public async Task<RegistryRecord?> RecordAtAsync(string name, string id, DateTime asOf, CancellationToken cancellationToken)
    {
        var entries = db.Set<AuditEntry>().AsNoTracking().Where(e => e.RecordName == name);
        if (await entries.Where(e => e.Time <= asOf).OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken) is { } last)
            return ToRecord(last);
        // Nothing logged by then: created later, or older than the log itself.
        if (await entries.OrderBy(e => e.Sequence).FirstOrDefaultAsync(cancellationToken) is { } first)
            return first.Change == AuditChange.Created ? null : ToEntity(name, first.Before) as RegistryRecord;
        return await UnloggedRowAsync(name, id, asOf, cancellationToken);
    }

    /// <summary>
    /// The agreement's confidentiality today, as <paramref name="caller"/> sees the agreement now
    /// (deleted included): what decides whether its past documents may be shown. Null when the
    /// caller does not see it today.
    /// </summary>
    public Task<Confidentiality?> ConfidentialityTodayAsync(string agreementId, Caller caller, CancellationToken cancellationToken) =>
        store.Visible<Agreement>(caller, showDeleted: true).Where(a => a.Id == agreementId)
            .Select(a => (Confidentiality?)a.Confidentiality).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The register record an entry saved (for RecordAccess.CanSee on it), or null (a deletion, a part, anything else).</summary>
    public RegistryRecord? ToRecord(AuditEntry entry) => ToEntity(entry) as RegistryRecord;

    /// <summary>
    /// The entity an entry saved, detached and rebuilt from its after image: a register record or a
    /// progress report; null for a deletion (no after image) and for kinds not rebuilt here.
    /// </summary>
    public object? ToEntity(AuditEntry entry) => ToEntity(entry.RecordName, entry.After);

    /// <summary>The entity named <paramref name="recordName"/> rebuilt from an image (an entry's after, or before); null as above.</summary>
    public object? ToEntity(string recordName, string? image)
    {
        if (image is null || New(recordName) is not { } entity)
            return null;
        RecordImage.ApplyTo(db.Entry(entity), image);
        return entity;
    }

    /// <summary>A record the log has never seen change: its row, if it was created by then.</summary>
    private async Task<RegistryRecord?> UnloggedRowAsync(string name, string id, DateTime asOf, CancellationToken cancellationToken)
    {
        if (New(name)?.GetType() is not { } type || await db.FindAsync(type, [id], cancellationToken) is not RegistryRecord row)
            return null;
        db.Entry(row).State = EntityState.Detached;
        return row.CreateTime <= asOf ? row : null;
    }

    /// <summary>An empty entity of the kind a resource name names; null for names not rebuilt here.</summary>
    private static object? New(string recordName)
    {
        var slash = recordName.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
            return null;
        var rest = recordName[(slash + 1)..];
        return recordName[..slash] switch
        {
            RecordCollections.Commitments when rest.Contains(ProgressReports, StringComparison.Ordinal) => IsProgressReport(rest) ? new ProgressReport() : null,
            _ when rest.Contains('/', StringComparison.Ordinal) => null,
            RecordCollections.Agreements => new Agreement(),
            RecordCollections.Plans => new Plan(),
            RecordCollections.Events => new CooperationEvent(),
            RecordCollections.Directives => new Directive(),
            RecordCollections.Commitments => new Commitment(),
            _ => null,
        };
    }

    /// <summary>`{commitment id}/progressReports/{number}`, nothing deeper.</summary>
    private static bool IsProgressReport(string rest)
    {
        var at = rest.IndexOf(ProgressReports, StringComparison.Ordinal);
        return at > 0 && int.TryParse(rest[(at + ProgressReports.Length)..], out _) && !rest[..at].Contains('/', StringComparison.Ordinal);
    }
}
