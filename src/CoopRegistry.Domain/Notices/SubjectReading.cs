namespace CoopRegistry.Domain.Notices;

/// <summary>
/// Who a passage's own words make the lead, tried in order: the subject that opens it ("Sở Tài chính
/// có trách nhiệm …", "Đối với" or "Giao" allowed before it), or opens its first clause after a
/// colon or comma ("Hợp tác về y tế: Sở …", "Sau khi …, giao Sở …", "Cơ chế thông tin …, Bộ Chỉ
/// huy …"); the body after "giao / đề nghị / yêu cầu"; the body before "chủ trì"; a body followed
/// by "cần", "phải", "có trách nhiệm" …; last, a collective that names nobody when it is the
/// subject all the same ("Các sở, ngành … liên quan cần …"). A body followed by "đã" is telling what
/// it did, and one followed by "giao / yêu cầu" is the one assigning: neither leads.
/// </summary>
public static class SubjectReading
{
    // "Giao đồng chí Phó Chủ tịch Thường trực UBND tỉnh": the agency may come a few words after the verb.
    private const int LeadWindow = 8;
    // How far into a passage its first clause may end ("Trong thời gian chưa hoàn thành …,").
    private const int ClauseWindow = 16;
    private static readonly string[] ActivitiesOf = ["hoat", "dong", "cua"];
    private static readonly string[][] Modal = [["can"], ["phai"], ["co", "trach", "nhiem"], ["khan", "truong"], ["chu", "dong"], ["tap", "trung"]];

    public static List<string> Leads(IReadOnlyList<NoticeToken> tokens, int from, int to, IReadOnlyList<AgencyMention> mentions, int? together, int? leadWord, IReadOnlyList<int> assigning)
    {
        var before = together ?? int.MaxValue;
        var named = mentions.Where(m => !m.NamesNobody).ToList();
        var opening = Usable(tokens, CoAssignees(tokens, named, from, before, maxGap: 2));
        if (opening.Count == 0 && named.FirstOrDefault(m => tokens[m.FirstToken].AfterColon && m.FirstToken < before) is { } titled)
            opening = Usable(tokens, CoAssignees(tokens, named, titled.FirstToken, before, maxGap: 0));
        if (opening.Count == 0 && FirstPause(tokens, from, Math.Min(to, from + ClauseWindow)) is { } pause && !named.Any(m => m.FirstToken >= from && m.FirstToken < pause))
            opening = Usable(tokens, CoAssignees(tokens, named, pause, before, maxGap: 0));
        if (opening.Count > 0)
            return Ids(opening);
        if (Assigned(tokens, named, before, assigning) is { Count: > 0 } assigned)
            return assigned;
        if (leadWord is { } c && c < before)
        {
            // "phục vụ Chủ tịch UBND tỉnh chủ trì cuộc họp": the chairman presides; that is no task of the committee's.
            var leading = named.Where(m => m.EndToken <= c && m.EndToken >= c - 2 && !AssignmentReading.IsRecipient(tokens, m)).ToList();
            if (leading.Count > 0)
                return Ids(CoAssignees(tokens, named, leading[0].FirstToken - LeadWindow, c));
        }
        // Within the passage: the next bullet's first words ("- Chủ động …") follow no one here.
        if (named.FirstOrDefault(m => m.FirstToken < before && m.EndToken < to && FollowedBy(tokens, m, Modal)) is { } modal)
            return Ids(CoAssignees(tokens, named, modal.FirstToken, before, maxGap: 0));
        // "Triển khai … các hoạt động của Ban Chỉ đạo …": that body's own work.
        if (named.FirstOrDefault(m => NoticeTokens.PhraseAt(tokens, m.FirstToken - ActivitiesOf.Length, ActivitiesOf)) is { } owner)
            return [owner.AgencyId];
        var nobody = mentions.FirstOrDefault(m => m.NamesNobody && m.IsCollective && (m.FirstToken - from <= 2 || (m.EndToken < to && FollowedBy(tokens, m, Modal))));
        return nobody is null ? [] : [nobody.AgencyId];
    }

    /// <summary>The bodies a verb assigns ("giao X", "yêu cầu X", "đề nghị X"), the first verb followed by one.</summary>
    public static List<string> Assigned(IReadOnlyList<NoticeToken> tokens, IReadOnlyList<AgencyMention> named, int before, IReadOnlyList<int> assigning) =>
        assigning.Where(g => g < before).Select(g => CoAssignees(tokens, named, g + 1, before)).FirstOrDefault(a => a.Count > 0) is { } found ? Ids(found) : [];

    // A subject that reports what it did ("X đã …") or assigns ("UBND tỉnh yêu cầu …") is not the lead.
    private static List<AgencyMention> Usable(IReadOnlyList<NoticeToken> tokens, List<AgencyMention> subject) =>
        subject.Count > 0 && (tokens.Count > subject[^1].EndToken && tokens[subject[^1].EndToken].Past || FollowedBy(tokens, subject[^1], AssignmentReading.Assigning)) ? [] : subject;

    private static bool FollowedBy(IReadOnlyList<NoticeToken> tokens, AgencyMention m, string[][] words) =>
        words.Any(w => NoticeTokens.PhraseAt(tokens, m.EndToken, w));

    private static int? FirstPause(IReadOnlyList<NoticeToken> tokens, int from, int to)
    {
        for (var i = from + 1; i < to && i < tokens.Count; i++)
            if (tokens[i].AfterPause)
                return i;
        return null;
    }

    private static List<string> Ids(List<AgencyMention> mentions) => mentions.Select(m => m.AgencyId).Distinct().ToList();

    // The first agency within a few words of where the subject starts, and any joined to it by "và" or a comma.
    private static List<AgencyMention> CoAssignees(IReadOnlyList<NoticeToken> tokens, IReadOnlyList<AgencyMention> mentions, int start, int before, int maxGap = LeadWindow)
    {
        var first = mentions.FirstOrDefault(m => m.FirstToken >= start && m.FirstToken - start <= maxGap && m.FirstToken < before);
        if (first is null)
            return [];
        var leads = new List<AgencyMention> { first };
        var end = first.EndToken;
        foreach (var next in mentions.Where(m => m.FirstToken >= end && m.FirstToken < before))
        {
            var gap = next.FirstToken - end;
            if (gap > 1 || (gap == 1 && tokens[end].Word != "va"))
                break;
            leads.Add(next);
            end = next.EndToken;
        }
        return leads;
    }
}
