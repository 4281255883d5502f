namespace CoopRegistry.Domain.Notices;

/// <summary>
/// A task the reader proposes from a notice. Nothing is saved: the officer accepts, corrects or drops it.
/// <paramref name="DeadlineText"/> is the phrase exactly as written (whitespace collapsed);
/// <paramref name="Deadline"/> is what the registry's parser reads from it, null when it cannot.
/// <paramref name="ResponsiblePerson"/> is the head the notice names as answerable, as written.
/// </summary>
public sealed record DraftCommitment(
    string Task,
    string? LeadAgency,
    IReadOnlyList<string> CoordinatingAgencies,
    string? DeadlineText,
    Deadline? Deadline,
    bool KeyTask,
    string Section,
    NoticeSpan Span,
    double Confidence,
    IReadOnlyList<string> Reasons,
    string? ResponsiblePerson = null);

/// <summary>A span of the notice's text: start offset and length in characters of the text as given.</summary>
public readonly record struct NoticeSpan(int Start, int Length)
{
    public int End => Start + Length;
}
