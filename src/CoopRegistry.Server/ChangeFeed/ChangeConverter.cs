using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Audit;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Server.ChangeFeed;

/// <summary>
/// An audit entry as a <see cref="Change"/> of the feed: what changed, when, how and through which
/// method (not who: that is the audit log's), with the record as it stood after the change.
/// </summary>
public static class ChangeConverter
{
    /// <param name="snapshot">The record after the change (RecordSnapshots.ToContract at the change's time); null leaves the oneof unset.</param>
    public static Change ToChange(AuditEntry entry, IMessage? snapshot)
    {
        var change = new Change
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
        switch (snapshot)
        {
            case Agreement agreement:
                change.Agreement = agreement;
                break;
            case Plan plan:
                change.Plan = plan;
                break;
            case Event cooperationEvent:
                change.Event = cooperationEvent;
                break;
            case Directive directive:
                change.Directive = directive;
                break;
            case Commitment commitment:
                change.Commitment = commitment;
                break;
            case ProgressReport report:
                change.ProgressReport = report;
                break;
        }
        return change;
    }
}
