namespace CoopRegistry.Domain.Notices;

/// <summary>
/// Seeds rule 2: when X "phối hợp với Y" on a job that Y is also given in its own words elsewhere,
/// it is one commitment of Y's with X coordinating, never two. A draft led by a partner joins the
/// draft with the same lead whose task says mostly the same.
/// </summary>
public static class PartnerTasks
{
    // Of the shorter task's words, and of the longer's: a short clause inside a long task is not the same job.
    private const double SameJob = 0.8, SameLength = 0.5;

    public static IReadOnlyList<DraftCommitment> Merge(IReadOnlyList<(DraftCommitment Draft, bool ByPartner)> drafts)
    {
        var kept = drafts.Select(d => d.Draft).ToList();
        foreach (var (draft, _) in drafts.Where(d => d.ByPartner && d.Draft.LeadAgency is not null))
        {
            var same = kept.FirstOrDefault(o => !ReferenceEquals(o, draft) && o.LeadAgency == draft.LeadAgency && Overlap(o.Task, draft.Task) is var (shorter, longer) && shorter >= SameJob && longer >= SameLength);
            if (same is null)
                continue;
            var coordinators = same.CoordinatingAgencies.Concat(draft.CoordinatingAgencies).Where(a => a != same.LeadAgency).Distinct().ToList();
            kept[kept.IndexOf(same)] = same with { CoordinatingAgencies = coordinators, Reasons = [.. same.Reasons, $"also given with coordinators in {draft.Section}"] };
            kept.Remove(draft);
        }
        return kept;
    }

    // Shared words of three letters or more, over the shorter task's and over the longer's.
    private static (double Shorter, double Longer) Overlap(string a, string b)
    {
        var x = NoticeTokens.Words(a).Where(w => w.Length > 2).ToHashSet();
        var y = NoticeTokens.Words(b).Where(w => w.Length > 2).ToHashSet();
        if (x.Count == 0 || y.Count == 0)
            return (0, 0);
        double shared = x.Intersect(y).Count();
        return (shared / Math.Min(x.Count, y.Count), shared / Math.Max(x.Count, y.Count));
    }
}
