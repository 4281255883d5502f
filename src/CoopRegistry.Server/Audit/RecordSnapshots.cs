using CoopRegistry.Data;
using CoopRegistry.Data.Audit;
using CoopRegistry.Domain.Agreements;
using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Directives;
using CoopRegistry.Domain.Events;
using CoopRegistry.Domain.Plans;
using CoopRegistry.Domain.Records;
using CoopRegistry.Server.Commitments;
using Google.Protobuf;
using Mapster;
using Contract = CoopRegistry.Contracts.V1;

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
public sealed class RecordSnapshots(RegistryDbContext db, TypeAdapterConfig mapping)
{
    private const string ProgressReports = "/progressReports/";

    /// <summary>
    /// The record (Agreement, Plan, Event, Directive, Commitment) or progress report an entry saved,
    /// as a contract message at <paramref name="asOf"/>; null for a deletion and for anything else
    /// (documents, revisions, the directory, clients).
    /// </summary>
    public IMessage? ToContract(AuditEntry entry, DateTime asOf) => ToContract(ToEntity(entry), asOf);

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

    /// <summary>The entity type of the records and parts rebuilt here; null for other names.</summary>
    public static Type? EntityTypeOf(string recordName) => New(recordName)?.GetType();

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
