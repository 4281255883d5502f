using CoopRegistry.Domain.Agreements;
using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Directives;
using CoopRegistry.Domain.Events;
using CoopRegistry.Domain.Plans;

namespace CoopRegistry.Server.Audit;

/// <summary>
/// Turns an audit entry's after image back into the record it saved, and that record into the
/// contract message a Get returns, with the same mappings the Get methods use: as-of reads and the
/// change feed show a record as it stood, never a second hand-written copy of the mapping.
/// </summary>
/// <remarks>
/// Only what the record's own row stored is rebuilt. What a Get adds from other tables is left
/// empty here: an agreement's documents, a directive's linked_records, a recurring commitment's
/// occurrences (AsOfReader fills those from the reports received by then). A commitment's
/// percent_complete and last_report_time are the row's own columns, so they are as
/// they stood; its state is computed at <c>asOf</c>.
/// </remarks>
public sealed class RecordSnapshots(RecordHistory history, TypeAdapterConfig mapping)
{
    /// <summary>
    /// The record (Agreement, Plan, Event, Directive, Commitment) or progress report an entry saved,
    /// as a contract message at <paramref name="asOf"/>; null for a deletion and for anything else
    /// (documents, revisions, the directory, clients).
    /// </summary>
    public IMessage? ToContract(AuditEntry entry, DateTime asOf) => ToContract(history.ToEntity(entry), asOf);

    /// <summary>A rebuilt (or current) record or progress report as a contract message at <paramref name="asOf"/>; null for other kinds.</summary>
    public IMessage? ToContract(object? entity, DateTime asOf) => entity switch
    {
        Agreement agreement => agreement.Adapt<Contract.Agreement>(mapping),
        Plan plan => plan.Adapt<Contract.Plan>(mapping),
        CooperationEvent cooperationEvent => cooperationEvent.Adapt<Contract.Event>(mapping),
        Directive directive => directive.Adapt<Contract.Directive>(mapping),
        Commitment commitment => CommitmentMapping.ToContract(commitment, mapping, DateTime.SpecifyKind(asOf, DateTimeKind.Utc)),
        ProgressReport report => report.Adapt<Contract.ProgressReport>(mapping),
        _ => null,
    };
}
