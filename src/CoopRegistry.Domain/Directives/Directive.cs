namespace CoopRegistry.Domain.Directives;

/// <summary>
/// A conclusion notice, instruction, resolution, official letter or decision, as issued. It is
/// internal to its home province: it names its issuer but has no parties, so partner provinces
/// never see it (auditors do).
/// </summary>
public sealed class Directive : RegistryRecord
{
    public const string CollectionName = RecordCollections.Directives;

    /// <summary>The fields UpdateDirective may change (contract names); home_province is fixed at creation.</summary>
    public static readonly IReadOnlyList<string> UpdatableFields =
        ["kind", "number", "issue_date", "issuer", "signer", "signer_title", "subject", "summary", "sources", "text"];

    private static readonly MaskedFields<Directive> Masked = new(UpdatableFields);

    public override string Collection => CollectionName;

    public DirectiveKind Kind { get; set; }

    /// <summary>The number exactly as written; may be empty or incomplete ("/TB-VP") when the source left it blank.</summary>
    public string Number { get; set; } = "";

    public DateOnly? IssueDate { get; set; }

    /// <summary>The issuing authority's agency id.</summary>
    [UpdatedBy("issuer")]
    public string IssuerId { get; set; } = "";

    public string Signer { get; set; } = "";
    public string SignerTitle { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Summary { get; set; } = "";

    /// <summary>The full text as plain text, for the notice reader; empty when not uploaded.</summary>
    public string Text { get; set; } = "";

    /// <summary>Home province, issuer, issue year and number, or null when there is no complete number; unique.</summary>
    public string? NumberKey { get; private set; }

    public override IEnumerable<RecordReference> References() =>
        string.IsNullOrEmpty(IssuerId) ? [] : [RecordReference.Agency("directive.issuer", IssuerId, party: false)];

    protected override IEnumerable<string?> SearchableText() => [Number, Subject, Summary, Signer, SignerTitle];

    /// <summary>
    /// Copies the fields in <paramref name="paths"/> from <paramref name="changes"/> and checks the
    /// result (<see cref="Validate(IEnumerable{FieldViolation})"/>); not while withdrawn.
    /// </summary>
    public void Edit(Directive changes, IReadOnlySet<string> paths)
    {
        DemandNotWithdrawn();
        Masked.Copy(changes, this, paths);
        Validate();
    }

    /// <summary>
    /// Checks the directive and recomputes its uniqueness key; INVALID_ARGUMENT naming every bad field,
    /// the <paramref name="unread"/> ones first (a field already refused is not reported again by the rules).
    /// </summary>
    public void Validate(IEnumerable<FieldViolation>? unread = null)
    {
        var refused = (unread ?? []).ToList();
        var violations = new FieldViolations();
        violations.All.AddRange(refused);
        violations.Throw(DirectiveRules.Check(this).Where(v => refused.All(seen => seen.Field != v.Field)));
        NumberKey = DirectiveNumbers.UniquenessKey(this);
    }
}
