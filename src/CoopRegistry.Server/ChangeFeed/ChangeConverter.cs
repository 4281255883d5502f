using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Audit;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Server.ChangeFeed;

/// <summary>An audit entry as a <see cref="Change"/> of the feed: what changed, when, how and through which method (not who: that is the audit log's).</summary>
public static class ChangeConverter
{
    public static Change ToChange(AuditEntry entry) => new()
    {
        Sequence = entry.Sequence,
        Time = Timestamp.FromDateTime(DateTime.SpecifyKind(entry.Time, DateTimeKind.Utc)),
        Record = entry.RecordName,
        Parent = entry.ParentName ?? "",
        Kind = entry.Change switch
        {
            AuditChange.Created => ChangeKind.Created,
            AuditChange.Updated => ChangeKind.Updated,
            AuditChange.Deleted => ChangeKind.Deleted,
            _ => ChangeKind.Unspecified,
        },
        Method = entry.Method,
    };
}
