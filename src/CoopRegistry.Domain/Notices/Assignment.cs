namespace CoopRegistry.Domain.Notices;

/// <summary>Who a passage assigns: its leads (co-assignees each lead), coordinators and doubts.</summary>
/// <param name="SubjectCoordinates">
/// The passage's own subject is the heading's agency and it coordinates ("- Phối hợp với Y …" under X's heading: Y leads).
/// </param>
public sealed record Assignment(IReadOnlyList<string> Leads, IReadOnlyList<string> Coordinators, IReadOnlyList<string> Reasons, bool SubjectCoordinates = false)
{
    public static readonly Assignment Nobody = new([], [], []);
}
