using CoopRegistry.Domain.Agreements;

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

    /// <summary>CreateAgreement: the new draft, valid, kept by the caller's province unless home_province says otherwise; and its request id.</summary>
    public static (Agreement Agreement, Guid? RequestId) ForCreate(Contract.CreateAgreementRequest request, Caller caller)
    {
        var source = request.Agreement ?? throw new InvalidArgumentException("agreement", "is required");
        var violations = new FieldViolations();
        var (requestId, id) = violations.CreateIds(request.RequestId, request.AgreementId, "agreement_id", caller.ProvinceCode);
        var agreement = Read(source, violations);
        agreement.Id = id;
        if (string.IsNullOrEmpty(agreement.HomeProvinceCode))
            agreement.HomeProvinceCode = caller.ProvinceCode;
        agreement.State = AgreementState.Draft;
        violations.Throw(AgreementRules.Check(agreement));
        return (agreement, requestId);
    }

    /// <summary>UpdateAgreement: the agreement's id and the requested values of the fields in <paramref name="paths"/> (only those are checked here).</summary>
    public static (string Id, Agreement Changes) ForUpdate(Contract.Agreement? source, IReadOnlySet<string> paths) =>
        RequestFields.ForUpdate(source, "agreement", Agreement.CollectionName, a => a.Name, paths, Read);

    /// <summary>
    /// Seeds (seeds/agreements.json in the contract's JSON form): like Create, but the record keeps
    /// its name, state, successor, signing date and consultation as written. References (parties,
    /// successor, events, directives) are checked by the store when it is saved.
    /// </summary>
    public static Agreement FromSeed(Contract.Agreement source)
    {
        var violations = new FieldViolations();
        var agreement = Read(source, violations);
        agreement.Id = violations.Check(() => ResourceNames.ParseId(Agreement.CollectionName, source.Name, Prefix + "name")) ?? "";
        agreement.State = Enum<AgreementState>(source.State, "state", violations);
        if (agreement.State == AgreementState.Unspecified)
            violations.Add(Prefix + "state", "is required in a seed");
        agreement.SigningDate = violations.Date(source.SigningDate, Prefix + "signing_date");
        agreement.SuccessorId = violations.Id(Agreement.CollectionName, source.Successor, Prefix + "successor");
        if (source.Consultation is { } consultation)
            agreement.Consultation = Consultation(consultation, violations);
        violations.Throw(AgreementRules.Check(agreement));
        return agreement;
    }

    public static Signatory ToSignatory(Contract.Signatory signatory) =>
        new(signatory.Person.Trim(), signatory.Title.Trim(), signatory.OnBehalfOf.Trim());

    private static Agreement Read(Contract.Agreement source, FieldViolations violations) => new()
    {
        HomeProvinceCode = violations.Id(Province.Collection, source.HomeProvince, Prefix + "home_province") ?? "",
        Kind = Enum<AgreementKind>(source.Kind, "kind", violations),
        Title = source.Title.Trim(),
        Summary = RequestFields.Optional(source.Summary),
        Parties = [.. source.Parties.Select((p, i) => ToParty(p, $"{Prefix}parties[{i}]", violations))],
        Signatories = [.. source.Signatories.Select(ToSignatory)],
        SigningPlace = RequestFields.Optional(source.SigningPlace),
        Fields = [.. source.Fields.Select((f, i) => Enum<CooperationField>(f, $"fields[{i}]", violations)).Distinct()],
        Level = Enum<AgreementLevel>(source.Level, "level", violations),
        EffectiveDate = violations.Date(source.EffectiveDate, Prefix + "effective_date"),
        ExpiryDate = violations.Date(source.ExpiryDate, Prefix + "expiry_date"),
        Renewal = source.Renewal is { } r ? new Renewal(r.Automatic, r.TermMonths, RequestFields.Optional(r.Terms)) : null,
        LegalBasis = RequestFields.Optional(source.LegalBasis),
        Confidentiality = Enum<Confidentiality>(source.Confidentiality, "confidentiality", violations),
        OriginEventId = violations.Id(RecordCollections.Events, source.OriginEvent, Prefix + "origin_event"),
        DirectiveIds = [.. source.Directives.Select((d, i) => violations.Id(RecordCollections.Directives, d, $"{Prefix}directives[{i}]") ?? "").Distinct()],
        Sources = violations.Sources(source.Sources, Prefix + "sources"),
    };

    private static Consultation Consultation(Contract.Consultation consultation, FieldViolations violations) => new(
        violations.Date(consultation.DossierDate, Prefix + "consultation.dossier_date") ?? default,
        [.. consultation.Opinions.Select((o, i) => Opinion(o, $"consultation.opinions[{i}]", violations))],
        consultation.PrimeMinisterConsent is { } consent
            ? new PrimeMinisterConsent(violations.Date(consent.Date, Prefix + "consultation.prime_minister_consent.date") ?? default, consent.Reference)
            : null);

    private static ConsultationOpinion Opinion(Contract.ConsultationOpinion opinion, string field, FieldViolations violations) => new(
        violations.Id("agencies", opinion.Body, $"{Prefix}{field}.body") ?? "",
        violations.Date(opinion.DueDate, $"{Prefix}{field}.due_date") ?? default,
        violations.Date(opinion.ReceivedDate, $"{Prefix}{field}.received_date"),
        opinion.Position == Contract.OpinionPosition.Unspecified ? OpinionPosition.Awaited : Enum<OpinionPosition>(opinion.Position, $"{field}.position", violations),
        RequestFields.Optional(opinion.Note));

    private static AgreementParty ToParty(Contract.Party party, string field, FieldViolations violations)
    {
        var role = Enum<PartyRole>(party.Role, field[Prefix.Length..] + ".role", violations);
        return party.PartyCase switch
        {
            Contract.Party.PartyOneofCase.Province => new AgreementParty(violations.Id(Province.Collection, party.Province, $"{field}.province") ?? "", null, null, role),
            Contract.Party.PartyOneofCase.Agency => new AgreementParty(null, violations.Id(Agency.Collection, party.Agency, $"{field}.agency") ?? "", null, role),
            Contract.Party.PartyOneofCase.Enterprise => new AgreementParty(null, null, party.Enterprise.Trim(), role),
            _ => new AgreementParty(null, null, null, role),
        };
    }

    private static T Enum<T>(System.Enum value, string field, FieldViolations violations) where T : struct, System.Enum
    {
        var number = System.Convert.ToInt32(value);
        if (System.Enum.IsDefined(typeof(T), number))
            return (T)System.Enum.ToObject(typeof(T), number);
        violations.Add(Prefix + field, $"{number} is not a value of {typeof(T).Name}");
        return default;
    }
}
