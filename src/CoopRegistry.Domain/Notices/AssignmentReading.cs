namespace CoopRegistry.Domain.Notices;

/// <summary>
/// The assignment patterns of seeds/README.md: "giao/đề nghị/yêu cầu X", "X chủ trì" and a passage
/// that opens with X make X the lead; co-assignees ("X và Y", "X, Y, Z") each lead; agencies after
/// "phối hợp với" or "cùng với" coordinate; "X phối hợp với Y" without "chủ trì" is Y's task with X
/// coordinating, unless Y names nobody. Recipients of a report or advice ("báo cáo UBND tỉnh") and
/// bodies mentioned for what they already did are not coordinators.
/// </summary>
public static class AssignmentReading
{
    private static readonly string[][] Assigning = [["giao"], ["de", "nghi"], ["yeu", "cau"]];
    private static readonly string[] Leads = ["chu", "tri"];
    private static readonly string[] WorksWith = ["phoi", "hop"];
    private static readonly string[][] Together = [WorksWith, ["cung", "voi"]];
    // "báo cáo X", "tham mưu X", "trình X", "cho X", "gửi X", "Chủ tịch X": X receives or is a person's office, it does not coordinate.
    private static readonly HashSet<string> RecipientWords = ["cao", "muu", "trinh", "cho", "da", "gui", "tich"];
    // "Giao đồng chí Phó Chủ tịch Thường trực UBND tỉnh": the agency may come a few words after the verb.
    private const int LeadWindow = 8;

    public static Assignment Read(IReadOnlyList<NoticeToken> tokens, int from, int to, IReadOnlyList<AgencyMention> mentions)
    {
        var reasons = new List<string>();
        var together = FirstOf(tokens, from, to, Together);
        var worksWith = FirstOf(tokens, from, to, [WorksWith]);
        var leadWord = FirstOf(tokens, from, to, [Leads]);
        var assigning = FirstOf(tokens, from, to, Assigning, notAfter: "duoc");

        var leads = LeadsOf(tokens, from, mentions, together, leadWord, assigning);
        var partners = together is { } t
            ? mentions.Where(m => m.FirstToken > t && !IsRecipient(tokens, m) && !leads.Contains(m.AgencyId)).Select(m => m.AgencyId).Distinct().ToList()
            : [];

        // "X phối hợp với Y" with no "chủ trì" before it: Y leads, X coordinates (rule 2), an
        // unqualified collective too ("các sở, ngành, địa phương" are all of them: rule 4).
        var ledByPartner = worksWith is { } at && (leadWord is null || leadWord > at) && partners.Count > 0 &&
            mentions.Any(m => m.FirstToken >= at + 2 && m.FirstToken <= at + 6 && m.AgencyId == partners[0] && !DutyOf(tokens, at + 2, m.FirstToken));
        if (ledByPartner)
        {
            var lead = partners[0];
            var coordinators = leads.Concat(partners.Skip(1)).Where(a => a != lead).Distinct().ToList();
            return new Assignment([lead], coordinators, reasons, SubjectCoordinates: leads.Count == 0);
        }
        if (leads.Count == 0 && mentions.Count > 0 && together is null)
            reasons.Add("agencies named but none assigned the task");
        return new Assignment(leads, partners, reasons);
    }

    private static List<string> LeadsOf(IReadOnlyList<NoticeToken> tokens, int from, IReadOnlyList<AgencyMention> mentions, int? together, int? leadWord, int? assigning)
    {
        var before = together ?? int.MaxValue;
        // The subject opens the passage ("Sở Tài chính có trách nhiệm …"), "Đối với" or "Giao" allowed before it.
        var opening = CoAssignees(tokens, mentions, from, before, maxGap: 2);
        if (opening.Count == 0 && mentions.FirstOrDefault(m => tokens[m.FirstToken].AfterColon && m.FirstToken < before) is { } titled)
            opening = CoAssignees(tokens, mentions, titled.FirstToken, before, maxGap: 0); // "Hợp tác về y tế: Sở Ngoại vụ …"
        if (opening.Count > 0)
            return opening;
        if (assigning is { } g && g < before && CoAssignees(tokens, mentions, g + 1, before) is { Count: > 0 } assigned)
            return assigned;
        if (leadWord is { } c && c < before)
        {
            var leading = mentions.Where(m => m.EndToken <= c && m.EndToken >= c - 2).ToList();
            if (leading.Count > 0)
                return CoAssignees(tokens, mentions, leading[0].FirstToken - LeadWindow, c);
        }
        return [];
    }

    // The first agency within a few words of where the subject starts, and any joined to it by "và" or a comma.
    private static List<string> CoAssignees(IReadOnlyList<NoticeToken> tokens, IReadOnlyList<AgencyMention> mentions, int start, int before, int maxGap = LeadWindow)
    {
        var first = mentions.FirstOrDefault(m => m.FirstToken >= start && m.FirstToken - start <= maxGap && m.FirstToken < before);
        if (first is null)
            return [];
        var leads = new List<string> { first.AgencyId };
        var end = first.EndToken;
        foreach (var next in mentions.Where(m => m.FirstToken >= end && m.FirstToken < before))
        {
            var gap = next.FirstToken - end;
            if (gap > 1 || (gap == 1 && tokens[end].Word != "va"))
                break;
            leads.Add(next.AgencyId);
            end = next.EndToken;
        }
        return leads.Distinct().ToList();
    }

    // "Trách nhiệm phối hợp của Y": Y's share of the work, not Y taking the task over ("với" is often misread, "của" is the sign).
    private static bool DutyOf(IReadOnlyList<NoticeToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (NoticeTokens.PhraseAt(tokens, i, ["cua"]))
                return true;
        return false;
    }

    private static bool IsRecipient(IReadOnlyList<NoticeToken> tokens, AgencyMention m) =>
        m.FirstToken > 0 && RecipientWords.Contains(tokens[m.FirstToken - 1].Word);

    private static int? FirstOf(IReadOnlyList<NoticeToken> tokens, int from, int to, string[][] phrases, string? notAfter = null)
    {
        for (var i = from; i < to; i++)
            if (phrases.Any(p => NoticeTokens.PhraseAt(tokens, i, p)) && (notAfter is null || i == 0 || tokens[i - 1].Word != notAfter))
                return i;
        return null;
    }
}
