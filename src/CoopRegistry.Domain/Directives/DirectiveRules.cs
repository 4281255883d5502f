namespace CoopRegistry.Domain.Directives;

/// <summary>What a directive must have: a kind, an issuer and a subject; text within its limits.</summary>
public static class DirectiveRules
{
    public const int NumberMax = 100;
    public const int SubjectMax = 2000;
    public const int SummaryMax = 8000;
    public const int SignerMax = 200;
    public const int SignerTitleMax = 300;
    public const int TextMax = 200_000;

    public static IReadOnlyList<FieldViolation> Check(Directive directive)
    {
        var violations = new FieldViolations();
        if (directive.Kind == DirectiveKind.Unspecified || !Enum.IsDefined(directive.Kind))
            violations.Add("directive.kind", "is required: conclusion notice, instruction, resolution, official letter, decision or plan");
        if (string.IsNullOrWhiteSpace(directive.IssuerId))
            violations.Add("directive.issuer", "is required, as agencies/{id}");
        if (string.IsNullOrWhiteSpace(directive.Subject))
            violations.Add("directive.subject", "is required: the subject (trích yếu) as written");
        violations.Length(directive.Number, NumberMax, "directive.number");
        violations.Length(directive.Subject, SubjectMax, "directive.subject");
        violations.Length(directive.Summary, SummaryMax, "directive.summary");
        violations.Length(directive.Signer, SignerMax, "directive.signer");
        violations.Length(directive.SignerTitle, SignerTitleMax, "directive.signer_title");
        violations.Length(directive.Text, TextMax, "directive.text");
        if (directive.Number.Length > 0 && string.IsNullOrWhiteSpace(directive.Number))
            violations.Add("directive.number", "is blank; leave it empty when the document has no number");
        return violations.All;
    }
}
