namespace CoopRegistry.Domain.Agreements;

/// <summary>
/// An international agreement: MOU, cooperation agreement or signed working minutes. Its lifecycle
/// is in AgreementLifecycle.cs, its validation in <see cref="AgreementRules"/>, its updates in
/// <see cref="Edit"/>.
/// </summary>
public sealed partial class Agreement : RegistryRecord
{
    public const string CollectionName = RecordCollections.Agreements;

    public override string Collection => CollectionName;

    public AgreementKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public List<AgreementParty> Parties { get; set; } = [];
    public List<Signatory> Signatories { get; set; } = [];
    public DateOnly? SigningDate { get; set; }
    public string? SigningPlace { get; set; }
    public List<CooperationField> Fields { get; set; } = [];
    public AgreementLevel Level { get; set; }
    public DateOnly? EffectiveDate { get; set; }
    public DateOnly? ExpiryDate { get; set; }
    public Renewal? Renewal { get; set; }
    public string? LegalBasis { get; set; }
    public Confidentiality Confidentiality { get; set; }
    public AgreementState State { get; set; } = AgreementState.Draft;
    public string? SuccessorId { get; set; }
    public Consultation? Consultation { get; set; }
    [UpdatedBy("origin_event")]
    public string? OriginEventId { get; set; }
    [UpdatedBy("directives")]
    public List<string> DirectiveIds { get; set; } = [];

    /// <summary>How many revisions were recorded; the next one's number is this plus one.</summary>
    public int RevisionCount { get; set; }

    public override IEnumerable<RecordReference> References() =>
    [
        .. Parties.SelectMany((party, i) => party.References($"agreement.parties[{i}]")),
        .. RecordReference.Each("bodies", RecordReference.Agencies, Consultation?.Opinions.Select(o => o.Body) ?? []),
        .. RecordReference.Optional("successor", RecordCollections.Agreements, SuccessorId),
        .. RecordReference.Optional("agreement.origin_event", RecordCollections.Events, OriginEventId),
        .. RecordReference.Each("agreement.directives", RecordCollections.Directives, DirectiveIds),
    ];

    protected override IEnumerable<string?> SearchableText() =>
    [
        Title, Summary, SigningPlace, LegalBasis,
        .. Parties.Select(p => p.Enterprise),
        .. Signatories.SelectMany(s => new[] { s.Person, s.Title }),
        Renewal?.Terms,
    ];
}
