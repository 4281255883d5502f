using CoopRegistry.Domain.Agreements;
using CoopRegistry.Domain.Directory;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Records;
using CoopRegistry.Server.Protobuf;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Agreements;

/// <summary>
/// Contract → domain for agreements. Every problem is collected, named by its request field
/// (<c>agreement.parties[1].agency</c>), and reported at once with the domain rules' violations.
/// Output-only fields are ignored, except by <see cref="FromSeed"/>, which the seed loader uses to
/// load agreements written in the contract's JSON form with their state and history.
/// </summary>
public static class AgreementConverter
{
    private const string Prefix = "agreement.";

    /// <summary>CreateAgreement: the new draft, valid, kept by <paramref name="callerProvince"/> unless home_province says otherwise.</summary>
    public static Agreement ForCreate(Contract.Agreement? source, string callerProvince)
    {
        if (source is null)
            throw new InvalidArgumentException("agreement", "is required");
        var violations = new List<FieldViolation>();
        var agreement = Convert(source, violations);
        if (string.IsNullOrEmpty(agreement.HomeProvinceCode))
            agreement.HomeProvinceCode = callerProvince;
        agreement.State = AgreementState.Draft;
        AgreementRules.Demand(agreement, violations);
        return agreement;
    }

    /// <summary>UpdateAgreement: the incoming values; only the violations of the masked fields count (the merged record is validated later).</summary>
    public static Agreement ForUpdate(Contract.Agreement source, IReadOnlySet<string> paths)
    {
        var violations = new List<FieldViolation>();
        var agreement = Convert(source, violations);
        var relevant = violations.Where(v => paths.Any(p => v.Field == Prefix + p || v.Field.StartsWith(Prefix + p + ".", StringComparison.Ordinal)
            || v.Field.StartsWith(Prefix + p + "[", StringComparison.Ordinal))).ToList();
        if (relevant.Count > 0)
            throw new InvalidArgumentException(relevant);
        return agreement;
    }

    /// <summary>
    /// Seeds (seeds/agreements.json in the contract's JSON form): like Create, but the record keeps
    /// its name, state, successor, signing date and consultation as written. References (parties,
    /// successor, events, directives) are checked by the store when it is saved.
    /// </summary>
    public static Agreement FromSeed(Contract.Agreement source)
    {
        var violations = new List<FieldViolation>();
        var agreement = Convert(source, violations);
        agreement.Id = Guard(violations, () => ResourceNames.ParseId(Agreement.CollectionName, source.Name, Prefix + "name")) ?? "";
        agreement.State = Enum<AgreementState>(source.State, "state", violations);
        if (agreement.State == AgreementState.Unspecified)
            violations.Add(new(Prefix + "state", "is required in a seed"));
        agreement.SigningDate = Date(source.SigningDate, "signing_date", violations);
        agreement.SuccessorId = Name(source.Successor, Agreement.CollectionName, "successor", violations);
        if (source.Consultation is { } consultation)
            agreement.Consultation = new Consultation(
                Date(consultation.DossierDate, "consultation.dossier_date", violations) ?? default,
                [.. consultation.Opinions.Select((o, i) => new ConsultationOpinion(
                    Name(o.Body, "agencies", $"consultation.opinions[{i}].body", violations) ?? "",
                    Date(o.DueDate, $"consultation.opinions[{i}].due_date", violations) ?? default,
                    Date(o.ReceivedDate, $"consultation.opinions[{i}].received_date", violations),
                    o.Position == Contract.OpinionPosition.Unspecified ? OpinionPosition.Awaited : Enum<OpinionPosition>(o.Position, $"consultation.opinions[{i}].position", violations),
                    Text(o.Note)))],
                consultation.PrimeMinisterConsent is { } consent
                    ? new PrimeMinisterConsent(Date(consent.Date, "consultation.prime_minister_consent.date", violations) ?? default, consent.Reference)
                    : null);
        AgreementRules.Demand(agreement, violations);
        return agreement;
    }

    public static Signatory ToSignatory(Contract.Signatory signatory) =>
        new(signatory.Person.Trim(), signatory.Title.Trim(), signatory.OnBehalfOf.Trim());

    private static Agreement Convert(Contract.Agreement source, List<FieldViolation> violations) => new()
    {
        HomeProvinceCode = Name(source.HomeProvince, Province.Collection, "home_province", violations) ?? "",
        Kind = Enum<AgreementKind>(source.Kind, "kind", violations),
        Title = source.Title.Trim(),
        Summary = Text(source.Summary),
        Parties = [.. source.Parties.Select((p, i) => ToParty(p, i, violations))],
        Signatories = [.. source.Signatories.Select(ToSignatory)],
        SigningPlace = Text(source.SigningPlace),
        Fields = [.. source.Fields.Select((f, i) => Enum<CooperationField>(f, $"fields[{i}]", violations)).Distinct()],
        Level = Enum<AgreementLevel>(source.Level, "level", violations),
        EffectiveDate = Date(source.EffectiveDate, "effective_date", violations),
        ExpiryDate = Date(source.ExpiryDate, "expiry_date", violations),
        Renewal = source.Renewal is { } r ? new Renewal(r.Automatic, r.TermMonths, Text(r.Terms)) : null,
        LegalBasis = Text(source.LegalBasis),
        Confidentiality = Enum<Confidentiality>(source.Confidentiality, "confidentiality", violations),
        OriginEventId = Name(source.OriginEvent, RecordCollections.Events, "origin_event", violations),
        DirectiveIds = [.. source.Directives.Select((d, i) => Name(d, RecordCollections.Directives, $"directives[{i}]", violations) ?? "").Distinct()],
        Sources = [.. source.Sources.Select((s, i) => new SourceReference(s.Document.Trim(), s.Section.Trim(), SourceKinds.Read(s.Kind, $"agreement.sources[{i}].kind")))],
    };

    private static AgreementParty ToParty(Contract.Party party, int index, List<FieldViolation> violations)
    {
        var role = Enum<PartyRole>(party.Role, $"parties[{index}].role", violations);
        return party.PartyCase switch
        {
            Contract.Party.PartyOneofCase.Province => new AgreementParty(Name(party.Province, Province.Collection, $"parties[{index}].province", violations) ?? "", null, null, role),
            Contract.Party.PartyOneofCase.Agency => new AgreementParty(null, Name(party.Agency, Agency.Collection, $"parties[{index}].agency", violations) ?? "", null, role),
            Contract.Party.PartyOneofCase.Enterprise => new AgreementParty(null, null, party.Enterprise.Trim(), role),
            _ => new AgreementParty(null, null, null, role),
        };
    }

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Name(string name, string collection, string field, List<FieldViolation> violations) =>
        string.IsNullOrEmpty(name) ? null : Guard(violations, () => ResourceNames.ParseId(collection, name, Prefix + field));

    private static DateOnly? Date(Google.Type.Date? date, string field, List<FieldViolation> violations) =>
        Guard(violations, () => date.ToDateOnly(Prefix + field));

    private static T Enum<T>(System.Enum value, string field, List<FieldViolation> violations) where T : struct, System.Enum
    {
        var number = System.Convert.ToInt32(value);
        if (System.Enum.IsDefined(typeof(T), number))
            return (T)System.Enum.ToObject(typeof(T), number);
        violations.Add(new(Prefix + field, $"{number} is not a value of {typeof(T).Name}"));
        return default;
    }

    private static T? Guard<T>(List<FieldViolation> violations, Func<T?> parse)
    {
        try
        {
            return parse();
        }
        catch (InvalidArgumentException e)
        {
            violations.AddRange(e.Violations);
            return default;
        }
    }
}
