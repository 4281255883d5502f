namespace CoopRegistry.Domain.Notices;

/// <summary>
/// The assignment patterns of seeds/README.md: the subject (<see cref="SubjectReading"/>) leads,
/// co-assignees each lead; the agencies listed right after "phối hợp (với)" or "cùng với" coordinate;
/// "X phối hợp với Y" without "chủ trì" is Y's task with X coordinating, unless Y names nobody. What a
/// body already did ("X đã phối hợp với Y") assigns nothing. Recipients of a report or advice
/// ("báo cáo UBND tỉnh") are not coordinators.
/// </summary>
public static class AssignmentReading
{
    internal static readonly string[][] Assigning = [["giao"], ["de", "nghi"], ["yeu", "cau"]];
    private static readonly string[] Leads = ["chu", "tri"];
    private static readonly string[] WorksWith = ["phoi", "hop"];
    private static readonly string[] Along = ["cung", "voi"];
    // Words between "phối hợp" and its partners: "phối hợp chặt chẽ với", "phối hợp cùng".
    private static readonly HashSet<string> LinkWords = ["chat", "che", "voi", "cung", "mat", "thiet", "cua"];
    // "báo cáo X", "tham mưu X", "trình X", "cho X", "gửi X", "Chủ tịch X": X receives or is a person's office, it does not coordinate.
    internal static readonly HashSet<string> RecipientWords = ["cao", "muu", "trinh", "cho", "da", "gui", "tich"];

    public static Assignment Read(IReadOnlyList<NoticeToken> tokens, int from, int to, IReadOnlyList<AgencyMention> mentions)
    {
        var reasons = new List<string>();
        var named = mentions.Where(m => !m.NamesNobody).ToList();
        var worksWith = Occurrences(tokens, from, to, WorksWith).Where(i => !Done(tokens, i)).ToList();
        var together = worksWith.Concat(Occurrences(tokens, from, to, Along)).Order().ToList();
        var leadWord = FirstOf(tokens, from, to, [Leads]);
        var assigning = AssigningAt(tokens, from, to).ToList();

        var leads = SubjectReading.Leads(tokens, from, to, mentions, together.Count > 0 ? together[0] : null, leadWord, assigning);
        var partners = together.SelectMany(t => ListAfter(tokens, t, mentions))
            .Where(m => !m.NamesNobody && !IsRecipient(tokens, m) && !leads.Contains(m.AgencyId)).Select(m => m.AgencyId).Distinct().ToList();

        // "X phối hợp với Y" with no "chủ trì" before it: Y leads, X coordinates (rule 2), an
        // unqualified collective too ("các sở, ngành, địa phương" are all of them: rule 4).
        var first = worksWith.Count > 0 ? worksWith[0] : (int?)null;
        var taken = first is { } at && (leadWord is null || leadWord > at) ? ListAfter(tokens, at, mentions).FirstOrDefault() : null;
        // "Trách nhiệm phối hợp của Y": Y's share of the work, it does not take the task over.
        if (taken is { NamesNobody: false } && partners.Contains(taken.AgencyId) && !Enumerable.Range(first!.Value, taken.FirstToken - first.Value).Any(i => tokens[i].Word == "cua"))
        {
            // A subject that names nobody ("các sở, ngành … liên quan phối hợp với Y") is no coordinator (rule 4).
            var coordinators = leads.Where(l => named.Any(m => m.AgencyId == l)).Concat(partners).Where(a => a != taken.AgencyId).Distinct().ToList();
            return new Assignment([taken.AgencyId], coordinators, reasons, SubjectCoordinates: leads.Count == 0, Subject: leads);
        }
        if (leads.Count == 0 && named.Count > 0 && together.Count == 0)
            reasons.Add("agencies named but none assigned the task");
        return new Assignment(leads, partners, reasons);
    }

    // The agencies listed right after "phối hợp (chặt chẽ) (với)": the first must come at once ("các Sở:" allowed), the rest joined by "và" or commas.
    private static List<AgencyMention> ListAfter(IReadOnlyList<NoticeToken> tokens, int at, IReadOnlyList<AgencyMention> mentions)
    {
        var i = at + 2;
        while (i < tokens.Count && i < at + 6 && LinkWords.Any(w => IsLink(w, tokens[i].Word)))
            i++;
        var list = new List<AgencyMention>();
        var next = mentions.FirstOrDefault(m => m.FirstToken >= i && m.FirstToken <= i + 2 && Enumerable.Range(i, m.FirstToken - i).All(k => tokens[k].Word is "cac" or "so"));
        while (next is not null)
        {
            list.Add(next);
            var end = next.EndToken;
            next = mentions.FirstOrDefault(m => m.FirstToken >= end && (m.FirstToken == end || (m.FirstToken == end + 1 && tokens[end].Word == "va")));
        }
        return list;
    }

    // A scan's "chit ché véi" is "chặt chẽ với"; other link words only as written ("cong", "tung" are no "cung", "chi" no "che").
    private static readonly HashSet<string> MisreadLinks = ["chat", "voi"];

    private static bool IsLink(string link, string word) =>
        link == word || (MisreadLinks.Contains(link) && word.Length == link.Length && word[0] == link[0] && NoticeTokens.Near(link, word));

    // "đã phối hợp": what was done, not a task (rule 8).
    private static bool Done(IReadOnlyList<NoticeToken> tokens, int at) => at > 0 && tokens[at - 1].Past;

    internal static bool IsRecipient(IReadOnlyList<NoticeToken> tokens, AgencyMention m) =>
        m.FirstToken > 0 && RecipientWords.Contains(tokens[m.FirstToken - 1].Word);

    private static IEnumerable<int> Occurrences(IReadOnlyList<NoticeToken> tokens, int from, int to, string[] phrase)
    {
        for (var i = from; i < to; i++)
            if (NoticeTokens.PhraseAt(tokens, i, phrase))
                yield return i;
    }

    // "giao / đề nghị / yêu cầu" as a verb: not "được giao", "ngoại giao", "giao thương", "giao ban" …
    private static readonly HashSet<string> NotAssigningBefore = ["duoc", "ngoai", "ban"];
    private static readonly HashSet<string> NotAssigningAfter = ["thuong", "luu", "dich", "thong", "ban", "nhan", "duc", "tiep", "ket"];

    internal static IEnumerable<int> AssigningAt(IReadOnlyList<NoticeToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (Assigning.FirstOrDefault(p => NoticeTokens.PhraseAt(tokens, i, p)) is { } verb &&
                (i == 0 || !NotAssigningBefore.Contains(tokens[i - 1].Word)) &&
                (i + verb.Length >= tokens.Count || !NotAssigningAfter.Contains(tokens[i + verb.Length].Word)))
                yield return i;
    }

    internal static int? FirstOf(IReadOnlyList<NoticeToken> tokens, int from, int to, string[][] phrases, string? notAfter = null)
    {
        for (var i = from; i < to; i++)
            if (phrases.Any(p => NoticeTokens.PhraseAt(tokens, i, p)) && (notAfter is null || i == 0 || tokens[i - 1].Word != notAfter))
                return i;
        return null;
    }
}
