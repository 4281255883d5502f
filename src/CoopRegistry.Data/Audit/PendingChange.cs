namespace CoopRegistry.Data.Audit;

/// <summary>A change seen by SaveChanges, waiting for its transaction to commit to become an <see cref="AuditEntry"/>.</summary>
internal sealed class PendingChange(EntityEntry entry, AuditSubject subject, AuditChange change, string? before, AuditActor actor)
{
    public EntityEntry Entry { get; } = entry;
    public AuditSubject Subject { get; } = subject;
    public AuditChange Change { get; } = change;
    public string? Before { get; } = before;
    public AuditActor Actor { get; } = actor;
    /// <summary>The values once saved (store-generated ones included); null for a deletion.</summary>
    public string? After { get; set; }
    /// <summary>True once its SaveChanges has run: a later failing SaveChanges in the same transaction does not drop it.</summary>
    public bool Saved { get; set; }
    /// <summary>The EF transaction it belongs to; null until the SaveChanges' own transaction starts.</summary>
    public Guid? TransactionId { get; set; }

    public void CaptureAfter()
    {
        if (After is null && Change != AuditChange.Deleted)
            After = RecordImage.Of(Entry, original: false, Subject.Redacted);
    }
}
