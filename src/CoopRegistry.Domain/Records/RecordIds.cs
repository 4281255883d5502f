namespace CoopRegistry.Domain.Records;

/// <summary>
/// Record ids: chosen by the caller (AIP-122 style, readable) or generated (time-ordered). Every id
/// starts with its creator's home province code in lower case (<c>vn-30-…</c>), so ids of
/// different home provinces never collide and ALREADY_EXISTS only ever names a record of the
/// caller's own province, never one it may not see. Seeds keep their own ids (loaded by the
/// trusted seed loader, never through Create; their form <c>vn30-…</c> matches no chosen id).
/// </summary>
public static partial class RecordIds
{
    [GeneratedRegex("^[a-z][a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex Valid();

    /// <summary>The prefix every id created for <paramref name="provinceCode"/> starts with: "VN-30" → "vn-30-".</summary>
    public static string Prefix(string provinceCode) => provinceCode.ToLowerInvariant() + "-";

    /// <summary>
    /// The caller's id when given (validated, and starting with <see cref="Prefix"/> of the caller's
    /// home province), else the prefix and a new UUIDv7 in hex.
    /// </summary>
    public static string ChooseOrGenerate(string? requested, string field, string provinceCode)
    {
        var prefix = Prefix(provinceCode);
        if (string.IsNullOrEmpty(requested))
            return prefix + Guid.CreateVersion7().ToString("N");
        if (!Valid().IsMatch(requested))
            throw new InvalidArgumentException(field, "must be 3-63 lower-case letters, digits and hyphens, starting with a letter and not ending with a hyphen");
        if (!requested.StartsWith(prefix, StringComparison.Ordinal))
            throw new InvalidArgumentException(field, $"must start with {prefix} (the code of provinces/{provinceCode}, the caller's home province)");
        return requested;
    }
}
