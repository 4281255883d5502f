namespace CoopRegistry.Domain.Notices;

/// <summary>
/// The words before the numbered body: the title, "Kính gửi", the opening and the preamble. A
/// sentence there that assigns ("Giao Sở Ngoại vụ chủ trì …") is a task; one that introduces the
/// list below ("… yêu cầu các sở, ban, ngành … thực hiện các nhiệm vụ sau:", "Trong đó, Sở … tập
/// trung … như sau:") gives the lead of every item that names none. Without one, a single body
/// addressed by "Kính gửi" does.
/// </summary>
public static class NoticeOpening
{
    private static readonly string[] Addressed = ["kinh", "gui"];
    private const int AddresseeReach = 60;

    public sealed record Reading(IReadOnlyList<(int Start, int End)> Tasks, Assignment Heading);

    public static Reading Read(FoldedText text, IReadOnlyList<NoticeToken> tokens, int bodyStart, string? issuer,
        Func<int, int, Assignment> assignmentOf, Func<int, int, IReadOnlyList<AgencyMention>> mentionsOf)
    {
        var tasks = new List<(int, int)>();
        var heading = Assignment.Nobody;
        foreach (var (start, end) in SentenceClauses.Sentences(text.Original, 0, bodyStart))
        {
            var a = assignmentOf(start, end);
            var leads = a.Leads.Where(l => l != issuer).ToList();
            if (leads.Count == 0)
                continue;
            if (text.Original[start..end].TrimEnd().EndsWith(':'))
                heading = new Assignment([leads[0]], [], []);
            else if (Assigns(tokens, start, end, mentionsOf(start, end)))
                tasks.Add((start, end));
        }
        if (heading.Leads.Count == 0 && Addressee(text.Original, tokens, bodyStart, mentionsOf) is { } addressee)
            heading = new Assignment([addressee], [], []);
        return new Reading(tasks, heading);
    }

    // "Giao X …": a verb that assigns, followed by the body it assigns.
    private static bool Assigns(IReadOnlyList<NoticeToken> tokens, int start, int end, IReadOnlyList<AgencyMention> mentions)
    {
        var (from, to) = (NoticeTokens.IndexAt(tokens, start), NoticeTokens.IndexAt(tokens, end));
        return SubjectReading.Assigned(tokens, mentions.Where(m => !m.NamesNobody).ToList(), int.MaxValue, AssignmentReading.AssigningAt(tokens, from, to).ToList()).Count > 0;
    }

    // "Kính gửi: Sở Y tế" — one body; a list of several assigns each its own items, not all of them.
    // The list ends at its full stop ("- UBND các xã, phường.").
    private static string? Addressee(string text, IReadOnlyList<NoticeToken> tokens, int bodyStart, Func<int, int, IReadOnlyList<AgencyMention>> mentionsOf)
    {
        var end = NoticeTokens.IndexAt(tokens, bodyStart);
        for (var i = 0; i < end; i++)
        {
            if (!NoticeTokens.PhraseAt(tokens, i, Addressed))
                continue;
            var stop = text.IndexOf('.', tokens[i].End);
            var to = Math.Min(stop < 0 ? bodyStart : stop, Math.Min(bodyStart, tokens[Math.Min(end, i + AddresseeReach) - 1].End));
            var named = mentionsOf(tokens[i].Start, to).Where(m => !m.NamesNobody).Select(m => m.AgencyId).Distinct().ToList();
            return named.Count == 1 ? named[0] : null;
        }
        return null;
    }
}
