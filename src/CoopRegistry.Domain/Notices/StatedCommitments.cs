namespace CoopRegistry.Domain.Notices;

/// <summary>
/// Commitments a task's words record inside it, each a commitment of its own (DOMAIN.md: between
/// parties): "(… hai bên cam kết …)" — one for each side — and "(… Gia Lai cam kết …)" — the home
/// province's, which the task's lead carries. One that opens its sentence is read as a sentence
/// ("Tỉnh Gia Lai cam kết …"), not here.
/// </summary>
public static class StatedCommitments
{
    public sealed record Stated(int Start, int End, bool BothSides);

    private static readonly string[] Commits = ["cam", "ket"];
    private static readonly string[] BothSides = ["hai", "ben"];

    public static IEnumerable<Stated> In(string text, IReadOnlyList<NoticeToken> tokens, int start, int end, string[] home)
    {
        var (from, to) = (NoticeTokens.IndexAt(tokens, start), NoticeTokens.IndexAt(tokens, end));
        for (var i = from + 1; i < to; i++)
        {
            if (!NoticeTokens.PhraseAt(tokens, i, Commits))
                continue;
            var both = NoticeTokens.PhraseAt(tokens, i - BothSides.Length, BothSides);
            var province = home.Length > 0 && NoticeTokens.PhraseAt(tokens, i - home.Length, home);
            if (!both && !province)
                continue;
            var subject = i - (both ? BothSides.Length : home.Length);
            if (subject > 0 && tokens[subject - 1].Word == "tinh")
                subject--;
            if (subject <= from)
                continue;
            var clauseEnd = text.IndexOfAny([';', ')', '.'], tokens[i].End);
            yield return new Stated(tokens[subject].Start, clauseEnd < 0 || clauseEnd > end ? end : clauseEnd, both);
        }
    }
}
