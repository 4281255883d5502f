namespace CoopRegistry.Domain.Notices;

/// <summary>
/// An agency of the directory as the notice reader knows it: its id and every way a notice may write
/// it (full name, short name, aliases). The caller passes the home province's agencies only, so
/// "Sở Ngoại vụ" has one meaning.
/// </summary>
public sealed record NoticeAgency(string Id, IReadOnlyList<string> Names)
{
    /// <summary>"Các sở, ban, ngành", "UBND các xã": all of a kind, who do not take a task over from its addressee.</summary>
    public bool IsCollective { get; } = Names.Any(n => $" {string.Join(' ', NoticeTokens.Words(n))} ".Contains(" cac ", StringComparison.Ordinal));
}
