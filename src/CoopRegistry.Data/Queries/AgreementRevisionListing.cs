namespace CoopRegistry.Data.Queries;

/// <summary>ListAgreementRevisions: one agreement's revisions, oldest first, on the shared listing engine.</summary>
public static class AgreementRevisionListing
{
    // Within one agreement the number is unique, so (number, agreement id) is a total order for the keyset.
    private static readonly ListSchema<AgreementRevision> Schema = new ListSchema<AgreementRevision>("name", r => r.AgreementId)
        .Integer("number", r => r.Number)
        .DefaultOrder("number");

    public static Task<Page<AgreementRevision>> ListRevisionsAsync(this RecordStore store, string agreementId, int pageSize, string? pageToken, CancellationToken cancellationToken) =>
        store.Db.Set<AgreementRevision>().AsNoTracking().Where(r => r.AgreementId == agreementId)
            .ToPageAsync(Schema, new ListRequest(pageSize, pageToken, null, null, agreementId), cancellationToken);
}
