namespace CoopRegistry.Domain.Agreements;

/// <summary>
/// UpdateAgreement's rule (<see cref="Edit"/>). Output-only fields (name, state, successor, consultation, documents,
/// signing_date, timestamps, etag) and home_province are never updatable: state moves only through
/// the lifecycle methods. The SUBSTANTIVE fields — what the parties agreed (kind, title, parties,
/// signatories, signing place, fields, level, effective and expiry dates, renewal) — change only
/// while the agreement is a draft or in consultation; once signed, the signed text is what it is,
/// and a change is a revision (AmendAgreement, ExtendAgreement) that records who, when and why.
/// The METADATA fields — how the registry describes and files it (summary, legal basis,
/// confidentiality, sources, directives, origin event) — stay correctable in every state, since
/// correcting a summary or a missing source does not change what was signed.
/// </summary>
public sealed partial class Agreement
{
    public static readonly IReadOnlyList<string> SubstantiveFields =
        ["kind", "title", "parties", "signatories", "signing_place", "fields", "level", "effective_date", "expiry_date", "renewal"];

    public static readonly IReadOnlyList<string> MetadataFields =
        ["summary", "legal_basis", "confidentiality", "sources", "directives", "origin_event"];

    /// <summary>The fields UpdateAgreement may change (contract names).</summary>
    public static readonly IReadOnlyList<string> UpdatableFields = [.. SubstantiveFields, .. MetadataFields];

    private static readonly MaskedFields<Agreement> Masked = new(UpdatableFields);

    /// <summary>Copies the fields named in <paramref name="paths"/> from <paramref name="changes"/>, then validates the result.</summary>
    public void Edit(Agreement changes, IReadOnlySet<string> paths)
    {
        DemandNotWithdrawn();
        if (State is not (AgreementState.Draft or AgreementState.InConsultation))
        {
            // A mask that names a substantive field but leaves its value as it is (e.g. `*` with the
            // record as read) is not a change and is not refused.
            var refused = SubstantiveFields.Where(p => paths.Contains(p) && !Masked.Same(this, changes, p)).ToList();
            if (refused.Count > 0)
                throw new FailedPreconditionException("AGREEMENT_SIGNED", ResourceName,
                    $"{ResourceName} is {StateName(State)}: {string.Join(", ", refused)} can no longer be updated; "
                    + $"record the change as a revision (AmendAgreement, ExtendAgreement). Still updatable: {string.Join(", ", MetadataFields)}");
        }
        Masked.Copy(changes, this, paths);
        AgreementRules.Demand(this);
    }
}
