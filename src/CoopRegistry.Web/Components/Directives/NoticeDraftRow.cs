using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Web.Components.Directives;

/// <summary>
/// A draft the registry read from a notice, as the officer reviews it: accepted or not, the task,
/// lead and deadline phrase as corrected; the rest as read.
/// </summary>
public sealed class NoticeDraftRow(CommitmentDraft draft)
{
    public CommitmentDraft Draft { get; } = draft;
    public bool Accepted { get; set; } = draft.Commitment.LeadAgency.Length > 0;
    public string Task { get; set; } = draft.Commitment.Task;
    public string? LeadAgency { get; set; } = draft.Commitment.LeadAgency.Length > 0 ? draft.Commitment.LeadAgency : null;
    public string DeadlineText { get; set; } = draft.Commitment.Deadline?.Text ?? "";

    /// <summary>The commitment to save: the deadline as read when its phrase is unchanged, else the corrected phrase for the registry to read.</summary>
    public Commitment ToCommitment(string directive)
    {
        var commitment = Draft.Commitment.Clone();
        commitment.Source = new CommitmentSource { Record = directive, Section = Draft.Section };
        commitment.Task = Task;
        commitment.LeadAgency = LeadAgency ?? "";
        commitment.CoordinatingAgencies.Remove(commitment.LeadAgency);
        if (DeadlineText.Trim().Length == 0)
            commitment.Deadline = null;
        else if (DeadlineText != (Draft.Commitment.Deadline?.Text ?? ""))
            commitment.Deadline = new Deadline { Text = DeadlineText };
        return commitment;
    }
}
