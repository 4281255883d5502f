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
        var violations = new List<FieldViolation>();
        if (directive.Kind == DirectiveKind.Unspecified || !Enum.IsDefined(directive.Kind))
            violations.Add(new("directive.kind", "is required: conclusion notice, instruction, resolution, official letter, decision or plan"));
        if (string.IsNullOrWhiteSpace(directive.IssuerId))
            violations.Add(new("directive.issuer", "is required, as agencies/{id}"));
        if (string.IsNullOrWhiteSpace(directive.Subject))
            violations.Add(new("directive.subject", "is required: the subject (trích yếu) as written"));
        Limit(violations, "directive.number", directive.Number, NumberMax);
        Limit(violations, "directive.subject", directive.Subject, SubjectMax);
        Limit(violations, "directive.summary", directive.Summary, SummaryMax);
        Limit(violations, "directive.signer", directive.Signer, SignerMax);
        Limit(violations, "directive.signer_title", directive.SignerTitle, SignerTitleMax);
        Limit(violations, "directive.text", directive.Text, TextMax);
        if (directive.Number.Length > 0 && string.IsNullOrWhiteSpace(directive.Number))
            violations.Add(new("directive.number", "is blank; leave it empty when the document has no number"));
        return violations;
    }

    private static void Limit(List<FieldViolation> violations, string field, string text, int max)
    {
        if (text.Length > max)
            violations.Add(new(field, $"is longer than {max} characters"));
    }
}
