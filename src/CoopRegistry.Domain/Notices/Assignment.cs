namespace CoopRegistry.Domain.Notices;

/// <summary>Who a passage assigns: its leads (co-assignees each lead), coordinators and doubts.</summary>
/// <param name="SubjectCoordinates">
/// The passage's own subject is the heading's agency and it coordinates ("- Phối hợp với Y …" under X's heading: Y leads).
/// </param>
/// <param name="Subject">
/// When Y leads because X "phối hợp với Y" (rule 2): X, the sentence's subject, who does the next sentence's work unless it names another.
/// </param>
public sealed record Assignment(IReadOnlyList<string> Leads, IReadOnlyList<string> Coordinators, IReadOnlyList<string> Reasons, bool SubjectCoordinates = false, IReadOnlyList<string>? Subject = null)
{
    public static readonly Assignment Nobody = new([], [], []);

    /// <summary>The lead is a partner the subject works with (rule 2).</summary>
    public bool ByPartner => Subject is not null;
}
