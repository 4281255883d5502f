namespace CoopRegistry.Domain.Records;

/// <summary>Record ids: chosen by the caller (AIP-122 style, readable) or generated (time-ordered).</summary>
public static partial class RecordIds
{
    [GeneratedRegex("^[a-z][a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex Valid();

    /// <summary>The caller's id when given (validated), else a new UUIDv7 in hex.</summary>
    public static string ChooseOrGenerate(string? requested, string field)
    {
        if (string.IsNullOrEmpty(requested))
            return "r" + Guid.CreateVersion7().ToString("N");
        if (!Valid().IsMatch(requested))
            throw new InvalidArgumentException(field, "must be 3-63 lower-case letters, digits and hyphens, starting with a letter and not ending with a hyphen");
        return requested;
    }
}
