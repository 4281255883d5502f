using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.ChangeFeed;

/// <summary>An audit entry and the record as it stood after it (null for a deletion or a kind not shown).</summary>
public sealed record RecordChange(AuditEntry Entry, IMessage? Snapshot);

/// <summary>
/// A <see cref="RecordChange"/> as a <see cref="Change"/> of the feed: what changed, when, how and
/// through which method (not who: that is the audit log's), with the record after the change.
/// </summary>
public sealed class ChangeMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<RecordChange, Change>()
            .Map(dest => dest.Sequence, src => src.Entry.Sequence)
            .Map(dest => dest.Time, src => src.Entry.Time)
            .Map(dest => dest.Record, src => src.Entry.RecordName)
            .Map(dest => dest.Parent, src => src.Entry.ParentName)
            .Map(dest => dest.Kind, src => Kind(src.Entry.Change))
            .Map(dest => dest.Method, src => src.Entry.Method)
            // The snapshot is a oneof: setting each case in turn would leave only the last.
            .Ignore(dest => dest.Agreement, dest => dest.Plan, dest => dest.Event, dest => dest.Directive, dest => dest.Commitment, dest => dest.ProgressReport)
            .AfterMappingInline((src, dest) => Snapshot(dest, src.Snapshot));

    private static ChangeKind Kind(AuditChange change) => change switch
    {
        AuditChange.Created => ChangeKind.Created,
        AuditChange.Updated => ChangeKind.Updated,
        AuditChange.Deleted => ChangeKind.Deleted,
        _ => ChangeKind.Unspecified,
    };

    private static void Snapshot(Change change, IMessage? snapshot)
    {
        switch (snapshot)
        {
            case Agreement agreement: change.Agreement = agreement; break;
            case Plan plan: change.Plan = plan; break;
            case Event cooperationEvent: change.Event = cooperationEvent; break;
            case Directive directive: change.Directive = directive; break;
            case Commitment commitment: change.Commitment = commitment; break;
            case ProgressReport report: change.ProgressReport = report; break;
        }
    }
}
