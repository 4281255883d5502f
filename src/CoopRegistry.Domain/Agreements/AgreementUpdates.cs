namespace CoopRegistry.Domain.Agreements;

/// <summary>
/// UpdateAgreement's rule. Output-only fields (name, state, successor, consultation, documents,
/// signing_date, timestamps, etag) and home_province are never updatable: state moves only through
/// the lifecycle methods. The SUBSTANTIVE fields — what the parties agreed (kind, title, parties,
/// signatories, signing place, fields, level, effective and expiry dates, renewal) — change only
/// while the agreement is a draft or in consultation; once signed, the signed text is what it is,
/// and a change is a revision (AmendAgreement, ExtendAgreement) that records who, when and why.
/// The METADATA fields — how the registry describes and files it (summary, legal basis,
/// confidentiality, sources, directives, origin event) — stay correctable in every state, since
/// correcting a summary or a missing source does not change what was signed.
/// </summary>
public static class AgreementUpdates
{
    public static readonly IReadOnlyList<string> Substantive =
        ["kind", "title", "parties", "signatories", "signing_place", "fields", "level", "effective_date", "expiry_date", "renewal"];

    public static readonly IReadOnlyList<string> Metadata =
        ["summary", "legal_basis", "confidentiality", "sources", "directives", "origin_event"];

    public static readonly IReadOnlyList<string> Updatable = [.. Substantive, .. Metadata];

    /// <summary>Copies the fields named in <paramref name="paths"/> from <paramref name="source"/>, then validates the result.</summary>
    public static void Apply(Agreement target, Agreement source, IReadOnlySet<string> paths)
    {
        target.DemandNotWithdrawn();
        if (target.State is not (AgreementState.Draft or AgreementState.InConsultation))
        {
            // A mask that names a substantive field but leaves its value as it is (e.g. `*` with the
            // record as read) is not a change and is not refused.
            var refused = Substantive.Where(p => paths.Contains(p) && !Same(p, source, target)).ToList();
            if (refused.Count > 0)
                throw new FailedPreconditionException("AGREEMENT_SIGNED", target.ResourceName,
                    $"{target.ResourceName} is {Agreement.StateName(target.State)}: {string.Join(", ", refused)} can no longer be updated; "
                    + $"record the change as a revision (AmendAgreement, ExtendAgreement). Still updatable: {string.Join(", ", Metadata)}");
        }
        foreach (var path in paths)
            Copy(path, source, target);
        AgreementRules.Demand(target);
    }

    private static bool Same(string path, Agreement a, Agreement b) => path switch
    {
        "kind" => a.Kind == b.Kind,
        "title" => a.Title == b.Title,
        "parties" => a.Parties.SequenceEqual(b.Parties),
        "signatories" => a.Signatories.SequenceEqual(b.Signatories),
        "signing_place" => a.SigningPlace == b.SigningPlace,
        "fields" => a.Fields.SequenceEqual(b.Fields),
        "level" => a.Level == b.Level,
        "effective_date" => a.EffectiveDate == b.EffectiveDate,
        "expiry_date" => a.ExpiryDate == b.ExpiryDate,
        "renewal" => a.Renewal == b.Renewal,
        _ => false,
    };

    private static void Copy(string path, Agreement from, Agreement to)
    {
        switch (path)
        {
            case "kind": to.Kind = from.Kind; break;
            case "title": to.Title = from.Title; break;
            case "summary": to.Summary = from.Summary; break;
            case "parties": to.Parties = from.Parties; break;
            case "signatories": to.Signatories = from.Signatories; break;
            case "signing_place": to.SigningPlace = from.SigningPlace; break;
            case "fields": to.Fields = from.Fields; break;
            case "level": to.Level = from.Level; break;
            case "effective_date": to.EffectiveDate = from.EffectiveDate; break;
            case "expiry_date": to.ExpiryDate = from.ExpiryDate; break;
            case "renewal": to.Renewal = from.Renewal; break;
            case "legal_basis": to.LegalBasis = from.LegalBasis; break;
            case "confidentiality": to.Confidentiality = from.Confidentiality; break;
            case "sources": to.Sources = from.Sources; break;
            case "directives": to.DirectiveIds = from.DirectiveIds; break;
            case "origin_event": to.OriginEventId = from.OriginEventId; break;
            default: throw new InvalidArgumentException("update_mask", $"cannot update '{path}'");
        }
    }
}
