using CoopRegistry.Domain.Notices;

namespace CoopRegistry.Domain.Tests.Notices;

/// <summary>
/// Scores the reader's drafts against the seeds (issue 24): a draft matches a seeded commitment when
/// its span overlaps a section the seed cites; each seed and each draft is matched at most once,
/// the pairs with the same lead and the most shared words first.
/// </summary>
public sealed record NoticeScore(string Document, int Seeds, int Drafts, int Found, int LeadRight, int CoordinatorsRight, int DeadlineRight, IReadOnlyList<string> Errors)
{
    public double Recall => Ratio(Found, Seeds);
    public double Precision => Ratio(Found, Drafts);
    public double Lead => Ratio(LeadRight, Found);
    public double Coordinators => Ratio(CoordinatorsRight, Found);
    public double Deadline => Ratio(DeadlineRight, Found);

    public static NoticeScore Of(SeedNotices.Notice notice, IReadOnlyList<DraftCommitment> drafts)
    {
        var pairs = (from seed in notice.Commitments
                     from draft in drafts
                     where notice.Sections.Any(s => seed.Sections.Contains(s.Name) && s.Start < draft.Span.End && draft.Span.Start < s.End)
                     orderby seed.Lead == draft.LeadAgency descending, SharedWords(seed.Task, draft.Task) descending
                     select (seed, draft)).ToList();
        var matched = new List<(SeedNotices.Expected Seed, DraftCommitment Draft)>();
        foreach (var pair in pairs)
            if (!matched.Any(m => m.Seed == pair.seed || ReferenceEquals(m.Draft, pair.draft)))
                matched.Add(pair);

        var errors = new List<string>();
        errors.AddRange(notice.Commitments.Where(s => !matched.Any(m => m.Seed == s)).Select(s => $"missed {string.Join('+', s.Sections)} {s.Name}"));
        errors.AddRange(drafts.Where(d => !matched.Any(m => ReferenceEquals(m.Draft, d))).Select(d => $"extra {d.Section} lead={d.LeadAgency}"));
        int lead = 0, coordinators = 0, deadline = 0;
        foreach (var (seed, draft) in matched)
        {
            var where = $"{string.Join('+', seed.Sections)} {seed.Name}";
            if (seed.Lead == draft.LeadAgency) lead++;
            else errors.Add($"lead {where}: {draft.LeadAgency} for {seed.Lead}");
            if (seed.Coordinators.Order().SequenceEqual(draft.CoordinatingAgencies.Order())) coordinators++;
            else errors.Add($"coordinators {where}: [{string.Join(' ', draft.CoordinatingAgencies)}] for [{string.Join(' ', seed.Coordinators)}]");
            if (IsDeadlineRight(seed, draft)) deadline++;
            else errors.Add($"deadline {where}: \"{draft.DeadlineText}\"/{draft.Deadline} for \"{seed.DeadlineText}\"{(seed.Ongoing ? " ongoing" : "")}");
        }
        return new NoticeScore(notice.Document, notice.Commitments.Count, drafts.Count, matched.Count, lead, coordinators, deadline, errors);
    }

    public static NoticeScore Total(IReadOnlyList<NoticeScore> scores) => new("all five", scores.Sum(s => s.Seeds), scores.Sum(s => s.Drafts),
        scores.Sum(s => s.Found), scores.Sum(s => s.LeadRight), scores.Sum(s => s.CoordinatorsRight), scores.Sum(s => s.DeadlineRight), []);

    public string Row() => $"| {Document} | {Seeds} | {Drafts} | {Found} | {Recall:P0} | {Precision:P0} | {Lead:P0} | {Coordinators:P0} | {Deadline:P0} |";

    public const string Header = "| document | seeds | drafts | found | recall | precision | lead | coordinators | deadline |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |";

    // The phrase exactly as the seed keeps it, read to the same deadline (none when the parser cannot read it); a standing duty reads as ongoing with no phrase.
    private static bool IsDeadlineRight(SeedNotices.Expected seed, DraftCommitment draft) =>
        seed.DeadlineText is { } text
            ? draft.DeadlineText == text && Equals(draft.Deadline, Parsed(text))
            : draft.DeadlineText is null && (seed.Ongoing ? draft.Deadline is Domain.Deadlines.Deadline.Ongoing : draft.Deadline is null);

    private static Domain.Deadlines.Deadline? Parsed(string text)
    {
        try
        {
            return DeadlineParser.Parse(text);
        }
        catch (Errors.InvalidArgumentException)
        {
            return null;
        }
    }

    private static int SharedWords(string a, string b)
    {
        var words = NoticeTokens.Words(a).Where(w => w.Length > 2).ToHashSet();
        return NoticeTokens.Words(b).Distinct().Count(words.Contains);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
