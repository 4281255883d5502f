namespace CoopRegistry.Domain.Notices;

/// <summary>
/// The person a task makes answerable ("rõ người"), as written: a head's title just before the
/// lead's name where the notice assigns it ("Giao Giám đốc Sở Khoa học và Công nghệ chủ trì …",
/// "Giao đồng chí Phó Chủ tịch Thường trực UBND tỉnh …"), opens the sentence, or is answerable
/// ("Trưởng Ban Quản lý … chịu trách nhiệm trước …").
/// </summary>
public static class ResponsiblePeople
{
    private static readonly string[][] Titles =
    [
        ["pho", "giam", "doc"], ["giam", "doc"], ["pho", "truong"], ["truong"], ["pho", "chu", "tich"], ["chu", "tich"],
        ["chanh", "van", "phong"], ["thu", "truong"], ["chi", "huy", "truong"],
    ];
    private static readonly string[][] Assigning = [["giao"], ["yeu", "cau"], ["de", "nghi"], ["giao", "dong", "chi"], ["yeu", "cau", "dong", "chi"]];
    private static readonly string[] Answerable = ["chiu", "trach", "nhiem", "truoc"];
    // "Phó Chủ tịch Thường trực UBND tỉnh": words a title may have before the body's name.
    private const int Reach = 2;

    public static string? Of(FoldedText text, IReadOnlyList<NoticeToken> tokens, int from, IReadOnlyList<AgencyMention> mentions, string? lead)
    {
        foreach (var m in mentions.Where(m => m.AgencyId == lead))
        {
            for (var at = Math.Max(from, m.FirstToken - Reach - 3); at < m.FirstToken; at++)
            {
                var title = Titles.FirstOrDefault(t => NoticeTokens.PhraseAt(tokens, at, t));
                if (title is null || m.FirstToken - (at + title.Length) > Reach)
                    continue;
                var assigned = at == from || Assigning.Any(a => NoticeTokens.PhraseAt(tokens, at - a.Length, a)) || NoticeTokens.PhraseAt(tokens, m.EndToken, Answerable);
                if (assigned)
                    return text.Slice(tokens[at].Start, tokens[m.EndToken - 1].End - tokens[at].Start);
            }
        }
        return null;
    }
}
