using CoopRegistry.Domain.Notices;

namespace CoopRegistry.Server.Directives;

/// <summary>A draft the notice reader proposes, as the contract's CommitmentDraft.</summary>
public static class DraftMapping
{
    public static Contract.CommitmentDraft ToContract(DraftCommitment draft, string text, string province, string? directive)
    {
        var commitment = new Contract.Commitment
        {
            HomeProvince = ResourceNames.Format(Province.Collection, province),
            Source = new Contract.CommitmentSource { Record = directive ?? "", Section = draft.Section },
            LeadAgency = draft.LeadAgency is { } lead ? ResourceNames.Format(Agency.Collection, lead) : "",
            CoordinatingAgencies = { draft.CoordinatingAgencies.Select(a => ResourceNames.Format(Agency.Collection, a)) },
            Task = draft.Task,
            ResponsiblePerson = draft.ResponsiblePerson ?? "",
            Deadline = DeadlineOf(draft),
            KeyTask = draft.KeyTask,
        };
        return new Contract.CommitmentDraft
        {
            Commitment = commitment,
            Section = draft.Section,
            Span = new Contract.TextSpan { Start = draft.Span.Start, Length = draft.Span.Length, Text = text.Substring(draft.Span.Start, draft.Span.Length) },
            Confidence = draft.Confidence,
            Reasons = { draft.Reasons },
        };
    }

    // The phrase as written: with its form when the parser reads it, alone (for the officer to correct) when it cannot.
    private static Contract.Deadline? DeadlineOf(DraftCommitment draft)
    {
        if (draft.Deadline is { } deadline)
        {
            var contract = DeadlineMapping.ToContract(deadline, lastDay: null, overdueFrom: null);
            if (draft.DeadlineText is { } written)
                contract.Text = written;
            return contract;
        }
        return draft.DeadlineText is { } phrase ? new Contract.Deadline { Text = phrase } : null;
    }
}
