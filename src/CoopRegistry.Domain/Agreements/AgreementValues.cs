namespace CoopRegistry.Domain.Agreements;

/// <summary>A party: exactly one of a province (code), an agency (id) or an enterprise (name as written), with its role.</summary>
public sealed record AgreementParty(string? ProvinceCode, string? AgencyId, string? Enterprise, PartyRole Role)
{
    public static AgreementParty Province(string code, PartyRole role = PartyRole.Signatory) => new(code, null, null, role);

    public static AgreementParty Agency(string id, PartyRole role = PartyRole.Signatory) => new(null, id, null, role);

    public static AgreementParty OfEnterprise(string name, PartyRole role = PartyRole.Signatory) => new(null, null, name, role);

    /// <summary>How a signatory names this party: `provinces/{code}`, `agencies/{id}` or the enterprise's name.</summary>
    public string Key => ProvinceCode is not null ? ResourceNames.Format(Directory.Province.Collection, ProvinceCode)
        : AgencyId is not null ? ResourceNames.Format(Directory.Agency.Collection, AgencyId)
        : Enterprise ?? "";

    /// <summary>Its province or agency, the field named under <paramref name="field"/> (agreement.parties[i]).</summary>
    public IEnumerable<RecordReference> References(string field) =>
    [
        .. RecordReference.OptionalProvince($"{field}.province", ProvinceCode),
        .. RecordReference.OptionalAgency($"{field}.agency", AgencyId),
    ];
}

/// <summary>A person who signed, and for which party (a party's <see cref="AgreementParty.Key"/>).</summary>
public sealed record Signatory(string Person, string Title, string OnBehalfOf);

/// <summary>How an agreement is renewed.</summary>
public sealed record Renewal(bool Automatic, int TermMonths, string? Terms);

/// <summary>One consulted body's opinion (Law 70/2020 Art. 19).</summary>
public sealed record ConsultationOpinion(string Body, DateOnly DueDate, DateOnly? ReceivedDate, OpinionPosition Position, string? Note)
{
    public bool IsAwaited => Position == OpinionPosition.Awaited;
}

/// <summary>The Prime Minister's written consent.</summary>
public sealed record PrimeMinisterConsent(DateOnly Date, string Reference);

/// <summary>The consultation before signing in the People's Committee's name.</summary>
public sealed record Consultation(DateOnly DossierDate, List<ConsultationOpinion> Opinions, PrimeMinisterConsent? PrimeMinisterConsent)
{
    /// <summary>Opinions are due 7 working days after the complete dossier (Art. 19).</summary>
    public const int OpinionWorkingDays = 7;
}
