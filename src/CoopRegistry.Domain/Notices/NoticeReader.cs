namespace CoopRegistry.Domain.Notices;

/// <summary>
/// Proposes the tasks a conclusion notice assigns, deterministic and offline: the opening's
/// assigning sentences (<see cref="NoticeOpening"/>) and each bullet or item that has no parts of its
/// own, cut into tasks (<see cref="TaskPassages"/>); a task's lead and coordinators come from its own
/// words, or from the headings above it ("a) Sở Ngoại vụ", "2. Đối với Ban Quản lý …"), the
/// preamble's "yêu cầu X … sau:", or the body the meeting was held with; its deadline is the phrase
/// as written, read by <see cref="DeadlineParser"/>. A part that assesses ("Đánh giá kết quả …",
/// "Vai trò …") assigns nothing. Nothing is saved.
/// </summary>
/// <param name="directory">The agencies the notice can assign: its province's.</param>
/// <param name="issuer">The body that issues the notice (the province's People's Committee): it assigns and receives reports, it does not coordinate; "tỉnh Gia Lai cam kết" and "Lãnh đạo tỉnh … sẽ" are its own.</param>
public sealed class NoticeReader(IEnumerable<NoticeAgency> directory, string? issuer = null)
{
    private const int MaxTaskLength = 1000;
    private static readonly string[] KeyWords = ["trong", "tam"];
    private static readonly string[][] Assessing = [["vai", "tro"], ["danh", "gia"], ["ket", "qua"]];
    private static readonly string[][] ProvinceActs = [["cam", "ket"], ["se"]];
    private static readonly string[] PeriodicAndAdHoc = ["dinh", "ky", "va", "dot", "xuat"];
    private readonly string[] _home = HomeWords(directory, issuer);
    private readonly AgencyMentions _agencies = new(WithoutProvince(directory, HomeWords(directory, issuer)));

    private sealed record Context(FoldedText Text, IReadOnlyList<NoticeToken> Tokens, Assignment Root, string? Addressee, string[] Home);

    public IReadOnlyList<DraftCommitment> Read(string notice)
    {
        var text = new FoldedText(notice);
        var tokens = NoticeTokens.Read(text);
        var sections = NoticeStructure.Read(text.Original);
        var bodyStart = sections.Count > 0 ? sections[0].Start : text.Original.Length;
        var opening = NoticeOpening.Read(text, tokens, bodyStart, issuer, (s, e) => AssignmentOf(tokens, s, e, []), (s, e) => Mentions(tokens, s, e));
        var addressee = NoticeAddressee.Find(tokens, NoticeTokens.IndexAt(tokens, bodyStart), _agencies);
        var context = new Context(text, tokens, opening.Heading, addressee, _home);
        var drafts = new List<(DraftCommitment Draft, bool ByPartner)>();
        foreach (var (start, end) in opening.Tasks)
            drafts.AddRange(Drafts(context, new TaskPassage(start, end), "opening", [], null, (s, e) => AssignmentOf(tokens, s, e, context.Home)));
        foreach (var section in sections.Where(s => s.Children.Count == 0 && !Assesses(tokens, s)))
        {
            var item = NoticeTokens.IndexAt(tokens, section.ContentStart);
            Assignment Of(int s, int e) => AssignmentOf(tokens, s, e, context.Home, item);
            // Its own title ("2.1. Sở Công Thương") first, then the headings above it.
            var headings = section.Ancestors().Select(h => AssignmentOf(tokens, h.ContentStart, HeadingEnd(h), context.Home))
                .Prepend(AssignmentOf(tokens, section.ContentStart, section.TitleEnd, context.Home)).ToList();
            var headingLeads = headings.FirstOrDefault(a => a.Leads.Count > 0)?.Leads ?? [];
            Assignment? previous = null;
            foreach (var passage in TaskPassages.Of(text, tokens, section.TitleEnd, section.End, headingLeads, Of))
            {
                drafts.AddRange(Drafts(context, passage, section.Label, headings, previous, Of));
                previous = Of(passage.Start, passage.End);
            }
        }
        return PartnerTasks.Merge(drafts);
    }

    private IEnumerable<(DraftCommitment, bool)> Drafts(Context c, TaskPassage passage, string section, IReadOnlyList<Assignment> headings, Assignment? previous, Func<int, int, Assignment> assignmentOf)
    {
        var (text, tokens, start, end) = (c.Text, c.Tokens, passage.Start, passage.End);
        var own = assignmentOf(start, end);
        if (own.Leads.Count == 0 && passage.Subject is { Count: > 0 } subject)
            own = new Assignment(subject, own.Coordinators, own.Reasons);
        else if (own.Leads.Count == 0 && passage.Continues && previous is { Leads.Count: > 0 })
            own = previous with { Reasons = own.Reasons, SubjectCoordinates = false };
        var heading = headings.FirstOrDefault(a => a.Leads.Count > 0) ?? c.Root;
        var reasons = own.Reasons.ToList();
        var leads = own.Leads.Count > 0 ? own.Leads : heading.Leads;
        var coordinators = own.Coordinators.Concat(own.Leads.Count > 0 ? [] : heading.Coordinators).ToList();
        if (own.SubjectCoordinates)
            coordinators.AddRange(heading.Leads);
        if (leads.Count == 0 && c.Addressee is not null)
        {
            leads = [c.Addressee];
            reasons.Add("no agency named: proposed to the body the meeting was held with");
        }
        else if (leads.Count == 0)
            reasons.Add("no agency named");

        var (from, to) = (NoticeTokens.IndexAt(tokens, start), NoticeTokens.IndexAt(tokens, end));
        var deadline = DeadlinePhrases.First(text, start, end);
        Deadline? parsed = deadline?.Deadline;
        if (deadline is { Deadline: null })
            reasons.Add($"deadline \"{deadline.Text}\" is not a phrase the registry can read");
        if (deadline is null && DeadlinePhrases.IsStanding(tokens, from, to))
            parsed = new Deadline.Ongoing();

        var span = Trimmed(text.Original, start, end);
        var task = TaskOf(text, span);
        var keyTask = Enumerable.Range(from, 40).Any(i => i < tokens.Count && tokens[i].Start < end && NoticeTokens.PhraseAt(tokens, i, KeyWords));
        var adHoc = Enumerable.Range(from, to - from).Any(i => NoticeTokens.PhraseAt(tokens, i, PeriodicAndAdHoc));
        foreach (var lead in leads.DefaultIfEmpty(null))
        {
            var others = coordinators.Concat(leads.Count > 1 && own.Coordinators.Count == 0 && IsTogether(tokens, from, to) ? leads : [])
                .Where(a => a != lead && a != issuer).Distinct().ToList();
            var doubts = reasons.Concat(leads.Count > 1 ? ["co-assignee: one draft for each of " + leads.Count] : []).ToList();
            var confidence = Confidence(doubts, own.Leads.Count > 0);
            var person = ResponsiblePeople.Of(text, tokens, from, _agencies.Find(tokens, from, to), lead);
            yield return (new DraftCommitment(task, lead, others, deadline?.Text, parsed, keyTask, section, span, confidence, doubts, person), own.ByPartner);
            // "Định kỳ và đột xuất báo cáo": the periodic report and, a duty of its own, reports whenever asked (rule 11).
            if (adHoc)
                yield return (new DraftCommitment(task, lead, others, null, new Deadline.Ongoing(), keyTask, section, span, confidence,
                    [.. doubts, "ad-hoc reports (đột xuất): a standing duty of their own"]), false);
            foreach (var stated in StatedCommitments.In(text.Original, tokens, start, end, c.Home))
            {
                var words = Trimmed(text.Original, stated.Start, stated.End);
                var why = stated.BothSides ? "both sides commit: this side's commitment, carried by the task's lead" : "the province's commitment, carried by the task's lead";
                yield return (new DraftCommitment(TaskOf(text, words), lead, [], null, null, false, section, words, 0.6, [why]), false);
                if (stated.BothSides)
                    yield return (new DraftCommitment(TaskOf(text, words), null, [], null, null, false, section, words, 0.3,
                        ["both sides commit: the partner's commitment; its body is not in the directory"]), false);
            }
        }
    }

    private Assignment AssignmentOf(IReadOnlyList<NoticeToken> tokens, int start, int end, string[] home, int? item = null)
    {
        var (from, to) = (NoticeTokens.IndexAt(tokens, start), NoticeTokens.IndexAt(tokens, end));
        var read = AssignmentReading.Read(tokens, from, to, _agencies.Find(tokens, from, to, item));
        // "Tỉnh Gia Lai cam kết …", "Lãnh đạo tỉnh Gia Lai sẽ …": the province acts, through its People's Committee.
        if (read.Leads.Count == 0 && issuer is not null && home.Length > 0 &&
            Enumerable.Range(from, Math.Max(0, to - from)).Any(i => NoticeTokens.PhraseAt(tokens, i, ["tinh", .. home]) && ProvinceActs.Any(p => NoticeTokens.PhraseAt(tokens, i + 1 + home.Length, p))))
            return read with { Leads = [issuer] };
        return read;
    }

    private IReadOnlyList<AgencyMention> Mentions(IReadOnlyList<NoticeToken> tokens, int start, int end) =>
        _agencies.Find(tokens, NoticeTokens.IndexAt(tokens, start), NoticeTokens.IndexAt(tokens, end));

    // The home province's name as the issuer's name ends: "Ủy ban nhân dân tỉnh Gia Lai" → "gia lai".
    private static string[] HomeWords(IEnumerable<NoticeAgency> directory, string? issuer)
    {
        var name = directory.FirstOrDefault(a => a.Id == issuer)?.Names.Select(NoticeTokens.Words).OrderByDescending(w => w.Length).FirstOrDefault() ?? [];
        var at = Array.LastIndexOf(name, "tinh");
        return at >= 0 && at + 1 < name.Length ? name[(at + 1)..] : [];
    }

    // A notice of the province leaves its name out: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh" for "… tỉnh Gia Lai".
    private static IEnumerable<NoticeAgency> WithoutProvince(IEnumerable<NoticeAgency> directory, string[] home) =>
        home.Length == 0 ? directory : directory.Select(a => a with
        {
            Names = [.. a.Names, .. a.Names.Select(NoticeTokens.Words).Where(w => w.Length > home.Length + 2 && w[^home.Length..].SequenceEqual(home))
                .Select(w => string.Join(' ', w[..^home.Length]))],
        });

    // "1. Vai trò …", "I. ĐÁNH GIÁ KẾT QUẢ …": a part that assesses what was done.
    private static bool Assesses(IReadOnlyList<NoticeToken> tokens, NoticeSection section) =>
        section.Ancestors().Prepend(section).Any(s => Assessing.Any(p => NoticeTokens.PhraseAt(tokens, NoticeTokens.IndexAt(tokens, s.ContentStart), p)));

    // A heading's own words: up to its first part.
    private static int HeadingEnd(NoticeSection heading) => heading.Children.Count > 0 ? heading.Children[0].Start : heading.End;

    private static bool IsTogether(IReadOnlyList<NoticeToken> tokens, int from, int to) =>
        Enumerable.Range(from, to - from).Any(i => NoticeTokens.PhraseAt(tokens, i, ["phoi", "hop"]));

    private static double Confidence(IReadOnlyList<string> doubts, bool leadInOwnWords) =>
        Math.Round(Math.Max(0.1, (leadInOwnWords ? 0.9 : 0.8) - 0.3 * doubts.Count), 2);

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
