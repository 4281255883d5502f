namespace CoopRegistry.Domain.Notices;

/// <summary>
/// The body a notice's meeting was held with ("Kết luận … tại cuộc làm việc với Ban Quản lý …"),
/// read from the title and opening before the body. The conclusions of a working session are that
/// body's to carry out, so a task naming nobody is proposed to it, with the doubt said.
/// </summary>
public static class NoticeAddressee
{
    private static readonly string[] MetWith = ["lam", "viec", "voi"];
    // "làm việc với đồng chí …, Ban Quản lý …": the body may follow a few words later.
    private const int Window = 6;

    public static string? Find(IReadOnlyList<NoticeToken> tokens, int bodyStart, AgencyMentions agencies)
    {
        for (var i = 0; i + MetWith.Length < bodyStart; i++)
        {
            if (!NoticeTokens.PhraseAt(tokens, i, MetWith))
                continue;
            var from = i + MetWith.Length;
            if (agencies.Find(tokens, from, Math.Min(bodyStart, from + Window + 12)).FirstOrDefault(m => m.FirstToken - from <= Window && !m.IsCollective) is { } met)
                return met.AgencyId;
        }
        return null;
    }
}
