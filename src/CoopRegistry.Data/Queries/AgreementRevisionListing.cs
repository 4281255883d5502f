using CoopRegistry.Data.Listing;
using CoopRegistry.Domain.Agreements;
using CoopRegistry.Domain.Listing;
using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Data.Queries;

/// <summary>ListAgreementRevisions: one agreement's revisions, oldest first, on the shared listing engine.</summary>
public static class AgreementRevisionListing
{
    // Within one agreement the number is unique, so (number, agreement id) is a total order for the keyset.
    private static readonly ListSchema<AgreementRevision> Schema = new ListSchema<AgreementRevision>("name", r => r.AgreementId)
        .Number("number", r => (decimal?)r.Number)
        .DefaultOrder("number");

    public static Task<Page<AgreementRevision>> ListAsync(RegistryDbContext db, string agreementId, int pageSize, string? pageToken, CancellationToken cancellationToken) =>
        db.Set<AgreementRevision>().AsNoTracking().Where(r => r.AgreementId == agreementId)
            .ToPageAsync(Schema, new ListRequest(pageSize, pageToken, null, null, agreementId), cancellationToken);
}
