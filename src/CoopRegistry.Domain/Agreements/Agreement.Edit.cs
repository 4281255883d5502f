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

    /// <summary>Copies the fields named in <paramref name="paths"/> from <paramref name="changes"/>, then validates the result.</summary>
    public void Edit(Agreement changes, IReadOnlySet<string> paths)
    {
        DemandNotWithdrawn();
        if (State is not (AgreementState.Draft or AgreementState.InConsultation))
        {
            // A mask that names a substantive field but leaves its value as it is (e.g. `*` with the
            // record as read) is not a change and is not refused.
            var refused = SubstantiveFields.Where(p => paths.Contains(p) && !Same(p, changes)).ToList();
            if (refused.Count > 0)
                throw new FailedPreconditionException("AGREEMENT_SIGNED", ResourceName,
                    $"{ResourceName} is {StateName(State)}: {string.Join(", ", refused)} can no longer be updated; "
                    + $"record the change as a revision (AmendAgreement, ExtendAgreement). Still updatable: {string.Join(", ", MetadataFields)}");
        }
        foreach (var path in paths)
            Copy(changes, path);
        AgreementRules.Demand(this);
    }

    private bool Same(string path, Agreement other) => path switch
    {
        "kind" => other.Kind == Kind,
        "title" => other.Title == Title,
        "parties" => other.Parties.SequenceEqual(Parties),
        "signatories" => other.Signatories.SequenceEqual(Signatories),
        "signing_place" => other.SigningPlace == SigningPlace,
        "fields" => other.Fields.SequenceEqual(Fields),
        "level" => other.Level == Level,
        "effective_date" => other.EffectiveDate == EffectiveDate,
        "expiry_date" => other.ExpiryDate == ExpiryDate,
        "renewal" => other.Renewal == Renewal,
        _ => false,
    };

    private void Copy(Agreement from, string path)
    {
        switch (path)
        {
            case "kind": Kind = from.Kind; break;
            case "title": Title = from.Title; break;
            case "summary": Summary = from.Summary; break;
            case "parties": Parties = from.Parties; break;
            case "signatories": Signatories = from.Signatories; break;
            case "signing_place": SigningPlace = from.SigningPlace; break;
            case "fields": Fields = from.Fields; break;
            case "level": Level = from.Level; break;
            case "effective_date": EffectiveDate = from.EffectiveDate; break;
            case "expiry_date": ExpiryDate = from.ExpiryDate; break;
            case "renewal": Renewal = from.Renewal; break;
            case "legal_basis": LegalBasis = from.LegalBasis; break;
            case "confidentiality": Confidentiality = from.Confidentiality; break;
            case "sources": Sources = from.Sources; break;
            case "directives": DirectiveIds = from.DirectiveIds; break;
            case "origin_event": OriginEventId = from.OriginEventId; break;
            default: throw new InvalidArgumentException("update_mask", $"cannot update '{path}'");
        }
    }
}
