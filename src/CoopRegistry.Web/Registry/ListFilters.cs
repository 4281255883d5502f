using CoopRegistry.Contracts.V1;
using Google.Protobuf.Reflection;

namespace CoopRegistry.Web.Registry;

/// <summary>
/// The registry's AIP-160 filters built from a list page's inputs: the search words as a quoted
/// phrase (the registry ignores case and diacritics), and each chosen value as `field = VALUE`.
/// </summary>
public static class ListFilters
{
    public static string Agreements(string? search, AgreementState? state) =>
        Join(Phrase(search), state is { } s ? $"state = {ProtoName(s)}" : null);

    public static string Commitments(string? search, CommitmentState? state, string? leadAgency, string? source, (DateOnly Today, int Days)? due = null) =>
        Join(Phrase(search), state is { } s ? $"state = {ProtoName(s)}" : null,
            string.IsNullOrEmpty(leadAgency) ? null : $"lead_agency = {Quote(leadAgency)}",
            string.IsNullOrEmpty(source) ? null : $"source = {Quote(source)}",
            due is { } d ? DueWithin(d.Today, d.Days) : null);

    /// <summary>Open commitments whose deadline's last day falls within the coming days, today included.</summary>
    public static string DueWithin(DateOnly today, int days) =>
        $"due_date >= {today:yyyy-MM-dd} AND due_date <= {today.AddDays(days):yyyy-MM-dd} AND " +
        $"(state = {ProtoName(CommitmentState.NotStarted)} OR state = {ProtoName(CommitmentState.InProgress)})";

    public static string Directives(string? search) => Phrase(search) ?? "";

    /// <summary>`"dong bac campuchia"`, quotes and backslashes escaped; null for no words.</summary>
    public static string? Phrase(string? search) =>
        string.IsNullOrWhiteSpace(search) ? null : Quote(search.Trim());

    public static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>The value's name in the contract (`AGREEMENT_STATE_IN_FORCE`), as filters write it.</summary>
    public static string ProtoName<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        typeof(TEnum).GetField(value.ToString())?.GetCustomAttributes(typeof(OriginalNameAttribute), false)
            .OfType<OriginalNameAttribute>().FirstOrDefault()?.Name ?? value.ToString();

    private static string Join(params string?[] parts) => string.Join(" AND ", parts.Where(p => !string.IsNullOrEmpty(p)));
}
