namespace CoopRegistry.Domain.Errors;

/// <summary>Bad input: INVALID_ARGUMENT with a BadRequest that names every bad field.</summary>
public sealed class InvalidArgumentException(IReadOnlyList<FieldViolation> violations)
    : DomainException("INVALID_ARGUMENT", Describe(violations))
{
    public InvalidArgumentException(string field, string description) : this([new FieldViolation(field, description)]) { }

    public IReadOnlyList<FieldViolation> Violations { get; } = violations;

    private static string Describe(IReadOnlyList<FieldViolation> violations) =>
        string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}"));
}
