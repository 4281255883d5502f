namespace CoopRegistry.Domain.Agreements;

/// <summary>
/// What a valid agreement is, whatever its state: a title, kind and level; at least two distinct
/// parties, each exactly one of province, agency or enterprise, at least one of them signing;
/// signatories signing for a party; dates in order (effective on or after signing, expiry after
/// effective). Every violation is reported at once, named by its request field.
/// </summary>
public static class AgreementRules
{
    public const int TitleMaxLength = 1000;
    public const int TextMaxLength = 4000;

    public static List<FieldViolation> Check(Agreement agreement, string prefix = "agreement.")
    {
        var violations = new FieldViolations(prefix);
        violations.Required(agreement.Title, TitleMaxLength, "title");
        if (agreement.Kind == AgreementKind.Unspecified)
            violations.Add("kind", "is required: memorandum of understanding, cooperation agreement or working minutes");
        if (agreement.Level == AgreementLevel.Unspecified)
            violations.Add("level", "is required: province, department or commune (it decides whether Art. 19 consultation applies)");
        violations.Length(agreement.Summary, TextMaxLength, "summary");
        violations.Length(agreement.LegalBasis, TextMaxLength, "legal_basis");
        violations.Length(agreement.SigningPlace, TextMaxLength, "signing_place");

        CheckParties(agreement, violations);
        CheckSignatories(agreement, violations);
        CheckDates(agreement, violations);

        if (agreement.Fields.Contains(CooperationField.Unspecified))
            violations.Add("fields", "must not contain COOPERATION_FIELD_UNSPECIFIED");
        if (agreement.Renewal is { TermMonths: < 0 })
            violations.Add("renewal.term_months", "must not be negative");
        for (var i = 0; i < agreement.Sources.Count; i++)
            if (string.IsNullOrWhiteSpace(agreement.Sources[i].Document))
                violations.Add($"sources[{i}].document", "is required");
        return violations.All;
    }

    /// <summary>INVALID_ARGUMENT with every violation, if any.</summary>
    public static void Demand(Agreement agreement, IEnumerable<FieldViolation>? earlier = null)
    {
        var violations = (earlier ?? []).Concat(Check(agreement)).ToList();
        if (violations.Count > 0)
            throw new InvalidArgumentException(violations);
    }

    private static void CheckParties(Agreement agreement, FieldViolations violations)
    {
        var parties = agreement.Parties;
        if (parties.Count < 2)
            violations.Add("parties", $"needs at least two parties; has {parties.Count}");
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < parties.Count; i++)
        {
            var party = parties[i];
            var named = new[] { party.ProvinceCode, party.AgencyId, party.Enterprise }.Count(v => !string.IsNullOrWhiteSpace(v));
            if (named != 1)
                violations.Add($"parties[{i}]", "must name exactly one of province, agency or enterprise");
            if (party.Role == PartyRole.Unspecified)
                violations.Add($"parties[{i}].role", "is required: signatory, witness or observer");
            if (named == 1 && !seen.TryAdd(party.Key.ToUpperInvariant(), i))
                violations.Add($"parties[{i}]", $"{party.Key} is already parties[{seen[party.Key.ToUpperInvariant()]}]");
        }
        if (parties.Count >= 2 && !parties.Any(p => p.Role == PartyRole.Signatory))
            violations.Add("parties", "at least one party must have the role PARTY_ROLE_SIGNATORY");
    }

    private static void CheckSignatories(Agreement agreement, FieldViolations violations)
    {
        var keys = agreement.Parties.Select(p => p.Key).ToHashSet();
        for (var i = 0; i < agreement.Signatories.Count; i++)
        {
            var signatory = agreement.Signatories[i];
            if (string.IsNullOrWhiteSpace(signatory.Person))
                violations.Add($"signatories[{i}].person", "is required");
            if (!keys.Contains(signatory.OnBehalfOf))
                violations.Add($"signatories[{i}].on_behalf_of", $"'{signatory.OnBehalfOf}' is not one of the parties ({string.Join(", ", keys)})");
        }
    }

    private static void CheckDates(Agreement agreement, FieldViolations violations)
    {
        if (agreement is { SigningDate: { } signed, EffectiveDate: { } effective } && effective < signed)
            violations.Add("effective_date", $"{effective:yyyy-MM-dd} is before the signing date {signed:yyyy-MM-dd}");
        var start = agreement.EffectiveDate ?? agreement.SigningDate;
        if (start is { } from && agreement.ExpiryDate is { } expiry && expiry <= from)
            violations.Add("expiry_date", $"{expiry:yyyy-MM-dd} is not after the {(agreement.EffectiveDate is null ? "signing" : "effective")} date {from:yyyy-MM-dd}");
    }
}
