namespace CoopRegistry.Domain.Notices;

/// <summary>
/// Proposes the tasks a conclusion notice assigns, deterministic and offline: each bullet or item
/// that has no parts of its own is a task; its lead and coordinators come from its own words, or
/// from the headings above it ("a) Sở Ngoại vụ", "2. Đối với Ban Quản lý …"); its deadline is the
/// phrase as written, read by <see cref="DeadlineParser"/>. Nothing is saved.
/// </summary>
/// <param name="directory">The agencies the notice can assign: its province's.</param>
/// <param name="issuer">The body that issues the notice (the province's People's Committee): it assigns and receives reports, it does not coordinate.</param>
public sealed class NoticeReader(IEnumerable<NoticeAgency> directory, string? issuer = null)
{
    private const int MaxTaskLength = 1000;
    private static readonly string[] KeyWords = ["trong", "tam"];
    private readonly AgencyMentions _agencies = new(directory);

    public IReadOnlyList<DraftCommitment> Read(string notice)
    {
        var text = new FoldedText(notice);
        var tokens = NoticeTokens.Read(text);
        var drafts = new List<DraftCommitment>();
        var sections = NoticeStructure.Read(text.Original);
        var addressee = sections.Count > 0 ? NoticeAddressee.Find(tokens, FirstToken(tokens, sections[0].Start), _agencies) : null;
        foreach (var section in sections.Where(s => s.Children.Count == 0))
            drafts.AddRange(Drafts(text, tokens, section, addressee));
        return drafts;
    }

    private IEnumerable<DraftCommitment> Drafts(FoldedText text, IReadOnlyList<NoticeToken> tokens, NoticeSection section, string? addressee) =>
        TaskPassages.Of(text.Original, section.ContentStart, section.End, (s, e) => AssignmentOf(tokens, s, e).Leads)
            .SelectMany(p => Drafts(text, tokens, section, p.Start, p.End, addressee));

    private IEnumerable<DraftCommitment> Drafts(FoldedText text, IReadOnlyList<NoticeToken> tokens, NoticeSection section, int start, int end, string? addressee)
    {
        var own = AssignmentOf(tokens, start, end);
        var heading = section.Ancestors().Select(h => AssignmentOf(tokens, h.ContentStart, HeadingEnd(h))).FirstOrDefault(a => a.Leads.Count > 0) ?? Assignment.Nobody;
        var reasons = own.Reasons.ToList();
        var leads = own.Leads.Count > 0 ? own.Leads : heading.Leads;
        var coordinators = own.Coordinators.Concat(own.Leads.Count > 0 ? [] : heading.Coordinators).ToList();
        if (own.SubjectCoordinates)
            coordinators.AddRange(heading.Leads);
        if (leads.Count == 0 && addressee is not null)
        {
            leads = [addressee];
            reasons.Add("no agency named: proposed to the body the meeting was held with");
        }
        else if (leads.Count == 0)
            reasons.Add("no agency named");

        var deadline = DeadlinePhrases.First(text, start, end);
        Deadline? parsed = deadline?.Deadline;
        if (deadline is { Deadline: null })
            reasons.Add($"deadline \"{deadline.Text}\" is not a phrase the registry can read");
        if (deadline is null && DeadlinePhrases.IsStanding(text, start, end))
            parsed = new Deadline.Ongoing();

        var span = Trimmed(text.Original, start, end);
        var task = TaskOf(text, span);
        var keyTask = Enumerable.Range(FirstToken(tokens, start), 40).Any(i => i < tokens.Count && tokens[i].Start < end && NoticeTokens.PhraseAt(tokens, i, KeyWords));
        foreach (var lead in leads.DefaultIfEmpty(null))
        {
            var others = coordinators.Concat(leads.Count > 1 && own.Coordinators.Count == 0 && IsTogether(text, start, end) ? leads : [])
                .Where(a => a != lead && a != issuer).Distinct().ToList();
            var doubts = reasons.Concat(leads.Count > 1 ? ["co-assignee: one draft for each of " + leads.Count] : []).ToList();
            yield return new DraftCommitment(task, lead, others, deadline?.Text, parsed, keyTask, section.Label, span,
                Confidence(doubts, own.Leads.Count > 0), doubts);
        }
    }

    private Assignment AssignmentOf(IReadOnlyList<NoticeToken> tokens, int start, int end)
    {
        var from = FirstToken(tokens, start);
        var to = FirstToken(tokens, end);
        return AssignmentReading.Read(tokens, from, to, _agencies.Find(tokens, from, to));
    }

    // A heading's own words: up to its first part.
    private static int HeadingEnd(NoticeSection heading) => heading.Children.Count > 0 ? heading.Children[0].Start : heading.End;

    private static bool IsTogether(FoldedText text, int start, int end) =>
        text.Folded.AsSpan(start, end - start).Contains("phoi hop", StringComparison.Ordinal);

    private static double Confidence(IReadOnlyList<string> doubts, bool leadInOwnWords) =>
        Math.Round(Math.Max(0.1, (leadInOwnWords ? 0.9 : 0.8) - 0.3 * doubts.Count), 2);

    private static int FirstToken(IReadOnlyList<NoticeToken> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static NoticeSpan Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new NoticeSpan(start, end - start);
    }

    private static string TaskOf(FoldedText text, NoticeSpan span)
    {
        var task = text.Slice(span.Start, span.Length).TrimStart('-', '–', '•', ' ');
        return task.Length <= MaxTaskLength ? task : task[..MaxTaskLength];
    }
}
