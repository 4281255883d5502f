using CoopRegistry.Data.Documents;
using CoopRegistry.Domain.Agreements;
using CoopRegistry.Domain.Commitments;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Server.Audit;

/// <summary>
/// The Get methods' <c>read_time</c>: a record as it stood at an instant, rebuilt from the audit
/// log (the after image of its last entry at or before that instant) and mapped as Get maps it,
/// one place for all five record kinds.
/// </summary>
/// <remarks>
/// The caller must have been able to see the record as it stood then (RecordAccess on the
/// snapshot): what is shown is that version's content, so its parties then decide who may read
/// it. A partner added later does not read what was kept from it before; a partner removed later
/// still reads the versions it was party to (it was shown them at the time). Anyone else gets
/// NOT_FOUND, exactly as for a record that did not exist, so nothing is revealed.
/// Records older than the log (no entry at or before the instant) are read from the before image
/// of their first later entry, or from the row itself when the log has never seen them change.
/// </remarks>
public sealed class AsOfReader(RecordHistory history, RecordStore store, RecordSnapshots snapshots, DocumentStore documents, TypeAdapterConfig mapping, TimeProvider clock)
{
    private const string ReadTimeField = "read_time";

    /// <summary>The record <c>{collection}/{id}</c> at <paramref name="readTime"/> as the Get method's message, or NOT_FOUND.</summary>
    public async Task<T> GetAsync<T>(string collection, string id, Timestamp readTime, Caller caller, CancellationToken cancellationToken)
        where T : class, IMessage
    {
        var asOf = Instant(readTime);
        var name = ResourceNames.Format(collection, id);
        var record = await history.RecordAtAsync(name, id, asOf, cancellationToken);
        if (record is null || !RecordAccess.CanSee(caller, record) || snapshots.ToContract(record, asOf) is not T message)
            throw new NotFoundException(name);
        switch ((record, message))
        {
            case (Agreement agreement, Contract.Agreement contract):
                contract.Documents.Add(await DocumentsAsync(agreement, caller, asOf, cancellationToken));
                break;
            case (Commitment commitment, Contract.Commitment contract):
                await FillOccurrencesAsync(commitment, contract, asOf, cancellationToken);
                break;
        }
        return message;
    }

    /// <summary>read_time as a UTC instant at the log's precision (microseconds); not after now.</summary>
    private DateTime Instant(Timestamp readTime)
    {
        DateTime instant;
        try
        {
            instant = readTime.ToDateTime();
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            throw new InvalidArgumentException(ReadTimeField, "is not a valid instant");
        }
        if (instant > clock.GetUtcNow().UtcDateTime)
            throw new InvalidArgumentException(ReadTimeField, "is after the server's current time: a record cannot be read as it will stand (leave read_time unset for now)");
        return DatabasePrecision.Truncate(instant);
    }

    /// <summary>
    /// The agreement's documents added by then, as Get shows them: none to whom they are
    /// confidential then or today (a record made confidential keeps its past documents from those it
    /// now hides them from; one the caller no longer sees counts as confidential to it).
    /// </summary>
    private async Task<IEnumerable<Contract.AgreementDocument>> DocumentsAsync(Agreement agreement, Caller caller, DateTime asOf, CancellationToken cancellationToken)
    {
        var today = await history.ConfidentialityTodayAsync(agreement.Id, caller, cancellationToken);
        var confidential = agreement.Confidentiality == Confidentiality.Confidential || today is null or Confidentiality.Confidential;
        return DocumentAccess.CanReadDocuments(caller, agreement, confidential)
            ? (await documents.ListAsync(Agreement.CollectionName, agreement.Id, cancellationToken))
                .Where(d => d.CreateTime <= asOf).Select(d => d.Adapt<Contract.AgreementDocument>(mapping))
            : [];
    }

    /// <summary>A recurring commitment's months judged at the instant, by the reports received by then (reports are never edited).</summary>
    private async Task FillOccurrencesAsync(Commitment commitment, Contract.Commitment contract, DateTime asOf, CancellationToken cancellationToken)
    {
        if (commitment.Deadline is not Domain.Deadlines.Deadline.Recurring)
            return;
        var instant = new DateTimeOffset(asOf);
        var reports = (await store.ForOccurrencesAsync([commitment.Id], cancellationToken))[commitment.Id].Where(r => r.ReportTime <= instant);
        contract.Occurrences.Clear();
        contract.Occurrences.AddRange(Occurrences.Of(commitment, reports, instant).Select(o => o.Adapt<Contract.Occurrence>(mapping)));
    }
}
