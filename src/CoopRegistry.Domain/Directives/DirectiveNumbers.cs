namespace CoopRegistry.Domain.Directives;

/// <summary>
/// Directive numbers. A number is complete when it has a serial (at least one digit), like
/// "59-NQ/TW" or "205/TB-UBND"; an incomplete one ("/TB-VP", left blank in the source) or none
/// identifies nothing. Two directives of one home province with the same complete number, issuer
/// and issue year are the same document.
/// </summary>
public static class DirectiveNumbers
{
    public static bool IsComplete(string? number) => number is not null && number.Any(char.IsAsciiDigit);

    /// <summary>The key that must be unique, or null when the number is not complete.</summary>
    public static string? UniquenessKey(Directive directive) =>
        IsComplete(directive.Number)
            ? string.Join('|', directive.HomeProvinceCode, directive.IssuerId, directive.IssueDate?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-", Normalize(directive.Number))
            : null;

    /// <summary>Case and spacing do not distinguish numbers: "59-nq/tw " is "59-NQ/TW".</summary>
    public static string Normalize(string number) =>
        new string(number.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
}
