namespace CoopRegistry.Domain.Notices;

/// <summary>
/// An agency named in the notice: which one, and the tokens that name it. <paramref name="NamesNobody"/>
/// when a qualifier follows ("các sở, ngành liên quan"): it is no coordinator, and a lead only when the
/// sentence's subject is that and nothing else.
/// </summary>
public sealed record AgencyMention(string AgencyId, int FirstToken, int EndToken, bool IsCollective, bool NamesNobody = false);

/// <summary>
/// Finds the directory's agencies in a notice's words: by full name, short name or alias, with or
/// without diacritics, one letter of OCR noise per word allowed as long as most words match exactly.
/// A list after "các Sở:" ("các Sở: Xây dựng, Công Thương") names each Sở. A collective qualified by
/// "liên quan" or "chức năng" names nobody (seeds/README.md rule 4) and is marked so.
/// </summary>
public sealed class AgencyMentions
{
    private static readonly string[] ListHead = ["cac", "so"];
    private static readonly string[][] NamesNobody = [["lien", "quan"], ["co", "lien", "quan"], ["chuc", "nang"]];
    // Words of a list of kinds of body ("sở, ngành, địa phương, đơn vị") a qualifier may come after.
    private static readonly HashSet<string> KindWords = ["so", "ban", "nganh", "dia", "phuong", "don", "vi", "co", "quan"];
    private const int ListTail = 4;
    private readonly List<(NoticeAgency Agency, string[] Words)> _names;

    public AgencyMentions(IEnumerable<NoticeAgency> directory)
    {
        _names = directory
            .SelectMany(a => a.Names.Select(n => (Agency: a, Words: NoticeTokens.Words(n))))
            .Where(n => n.Words.Length > 0)
            .OrderByDescending(n => n.Words.Length)
            .ToList();
    }

    /// <param name="contextFrom">Where the item starts: a body named there may be named again by its head alone ("Ban Chỉ đạo khẩn trương …").</param>
    public IReadOnlyList<AgencyMention> Find(IReadOnlyList<NoticeToken> tokens, int from, int to, int? contextFrom = null)
    {
        var found = Named(tokens, Math.Min(from, contextFrom ?? from), to);
        found.AddRange(HeadsAgain(tokens, found, to));
        return found.Where(m => m.FirstToken >= from).OrderBy(m => m.FirstToken).ToList();
    }

    // The first words of a long name said before ("Ban Chỉ đạo công tác biên giới tỉnh …"), as the subject of a verb: that body again.
    private static IEnumerable<AgencyMention> HeadsAgain(IReadOnlyList<NoticeToken> tokens, List<AgencyMention> found, int to)
    {
        foreach (var named in found.Where(m => !m.IsCollective && m.EndToken - m.FirstToken >= HeadWords + 2).ToList())
        {
            var head = Enumerable.Range(named.FirstToken, HeadWords).Select(k => tokens[k].Word).ToArray();
            for (var i = named.EndToken; i + HeadWords < to; i++)
                if (Enumerable.Range(0, HeadWords).All(k => tokens[i + k].Word == head[k]) && SubjectVerbs.Any(v => NoticeTokens.PhraseAt(tokens, i + HeadWords, v)) &&
                    !found.Any(m => m.FirstToken <= i && i < m.EndToken))
                    yield return new AgencyMention(named.AgencyId, i, i + HeadWords, false);
        }
    }

    private const int HeadWords = 3;
    private static readonly string[][] SubjectVerbs = [["khan", "truong"], ["chu", "tri"], ["chu", "dong"], ["co", "trach", "nhiem"], ["can"], ["phai"], ["tiep", "tuc"], ["to", "chuc"]];

    private List<AgencyMention> Named(IReadOnlyList<NoticeToken> tokens, int from, int to)
    {
        var found = new List<AgencyMention>();
        var i = from;
        while (i < to)
        {
            if (Match(tokens, i, to, prefix: null) is { } named)
            {
                found.Add(QualifiedAway(tokens, named.EndToken, to) ? named with { NamesNobody = true } : named);
                i = named.EndToken;
            }
            else if (NoticeTokens.PhraseAt(tokens, i, ListHead) && i + 2 < to && ReadList(tokens, i + 2, to, found) is var end && end > i + 2)
                i = end;
            else
                i++;
        }
        return found;
    }

    // "các Sở: Xây dựng, Công Thương, Nông nghiệp và Môi trường": each item is a Sở without its "Sở".
    private int ReadList(IReadOnlyList<NoticeToken> tokens, int at, int to, List<AgencyMention> found)
    {
        var i = at;
        while (i < to && Match(tokens, i, to, prefix: "so") is { } item)
        {
            found.Add(item);
            i = item.EndToken;
            if (i < to && tokens[i].Word == "va")
                i++;
        }
        return i;
    }

    // The longest name that matches, then the one with the most words spelt exactly ("Sở Công Thương", not "Bộ Công Thương").
    private AgencyMention? Match(IReadOnlyList<NoticeToken> tokens, int at, int to, string? prefix)
    {
        (NoticeAgency Agency, int Length, int Exact)? best = null;
        foreach (var (agency, words) in _names)
        {
            var name = words;
            if (prefix is not null)
            {
                if (words.Length < 2 || words[0] != prefix)
                    continue;
                name = words[1..];
            }
            if (best is { } b && name.Length < b.Length)
                break;
            if (ExactWords(tokens, at, to, name) is { } exact && (best is null || exact > best.Value.Exact))
                best = (agency, name.Length, exact);
        }
        return best is { } found ? new AgencyMention(found.Agency.Id, at, at + found.Length, found.Agency.IsCollective) : null;
    }

    private static int? ExactWords(IReadOnlyList<NoticeToken> tokens, int at, int to, string[] name)
    {
        if (at + name.Length > to)
            return null;
        var exact = 0;
        for (var k = 0; k < name.Length; k++)
        {
            var word = tokens[at + k].Word;
            if (word == name[k])
                exact++;
            else if (!NoticeTokens.Near(name[k], word))
                return null;
        }
        return exact * 2 > name.Length ? exact : null;
    }

    // The qualifier may follow the rest of the list: "các sở, ngành, địa phương liên quan".
    private static bool QualifiedAway(IReadOnlyList<NoticeToken> tokens, int after, int to)
    {
        for (var at = after; at <= after + ListTail && at < to; at++)
        {
            if (NamesNobody.Any(q => at + q.Length <= to && NoticeTokens.PhraseAt(tokens, at, q)))
                return true;
            if (!KindWords.Contains(tokens[at].Word))
                return false;
        }
        return false;
    }
}
