namespace CoopRegistry.Domain.Notices;

/// <summary>
/// A task's words in the notice. <paramref name="Continues"/>: split off the sentence before it, so
/// when it names nobody its lead is that sentence's. <paramref name="Subject"/>: the lead its sentence
/// leaves unsaid, the subject of the sentence before ("X phối hợp với Y …. Chủ động …": X's own task).
/// </summary>
public sealed record TaskPassage(int Start, int End, bool Continues = false, IReadOnlyList<string>? Subject = null);

/// <summary>
/// Splits a bullet or item into the passages that are tasks of their own, sentence by sentence and
/// clause by clause (<see cref="SentenceClauses"/>). A sentence starts a new task when it assigns an
/// agency not yet assigned in the item, assigns again ("Đồng thời, đề nghị …"), names its subject
/// after sentences that named nobody, or opens with a period ("Hằng tháng …", "Định kỳ …"); a
/// sentence naming nobody after "X phối hợp với Y …" is X's own next task. Other sentences continue
/// the task before them: "Đồng thời, …" and "Phấn đấu …" without a new subject, a head's
/// accountability ("Trưởng Ban … chịu trách nhiệm trước …"), what was already done ("X đã …"), which
/// never makes a task of its own. The closing formula ("… thông báo để … thực hiện./.", "… các nội
/// dung nêu trên") is no task.
/// </summary>
public static class TaskPassages
{
    private static readonly string[][] Periods = [["hang", "thang"], ["hang", "nam"], ["hang", "quy"], ["dinh", "ky"], ["moi", "thang"], ["truoc", "ngay"], ["cham", "nhat"]];
    private static readonly string[][] Continuing = [["dong", "thoi"], ["phan", "dau"], ["trong", "do"], ["qua", "do"], ["ngoai", "ra"]];
    private static readonly string[][] Imperative = [["giao"], ["can"], ["phai"], ["chu", "tri"], ["tiep", "tuc"], ["khan", "truong"], ["de", "nghi"], ["yeu", "cau"]];
    private static readonly string[] Answerable = ["chiu", "trach", "nhiem", "truoc"];
    private const int DoneWindow = 12;

    /// <param name="headingLeads">The leads the item's headings give: a sentence assigning another body is a task of its own.</param>
    public static IReadOnlyList<TaskPassage> Of(FoldedText text, IReadOnlyList<NoticeToken> tokens, int start, int end, IEnumerable<string> headingLeads, Func<int, int, Assignment> assignmentOf)
    {
        var passages = new List<TaskPassage>();
        var assigned = new HashSet<string>(headingLeads);
        int? context = null;
        Assignment? previous = null;
        foreach (var unit in SentenceClauses.Of(text, tokens, start, end, assignmentOf))
        {
            var (from, to) = (NoticeTokens.IndexAt(tokens, unit.Start), NoticeTokens.IndexAt(tokens, unit.End));
            var a = assignmentOf(unit.Start, unit.End);
            if (passages.Count > 0 && Contains(tokens, from, to, Answerable))
            {
                passages[^1] = passages[^1] with { End = unit.End };
                continue;
            }
            // What was done, and a title line ("Hợp tác về y tế:"), are the context of the task after them.
            if (a.Leads.Count == 0 && (IsDone(tokens, from, to) || text.Original[unit.Start..unit.End].TrimEnd().EndsWith(':')))
            {
                if (passages.Count > 0)
                    passages[^1] = passages[^1] with { End = unit.End };
                else
                    context ??= unit.Start;
                continue;
            }
            var opening = Opening(tokens, from);
            var assigns = AssignmentReading.Assigning.Any(p => NoticeTokens.PhraseAt(tokens, opening, p));
            IReadOnlyList<string>? subject = null;
            bool startsTask;
            if (passages.Count == 0 || unit.Split || Periods.Any(p => NoticeTokens.PhraseAt(tokens, from, p)))
                startsTask = true;
            else if (a.Leads.Count > 0)
                startsTask = assigned.Count > 0 ? !a.Leads.Any(assigned.Contains) || assigns : !assigns;
            else if (Continuing.Any(p => NoticeTokens.PhraseAt(tokens, from, p)))
                startsTask = false;
            else if (previous is { Subject.Count: > 0 })
                (startsTask, subject) = (true, previous.Subject);
            else
                startsTask = false;

            if (startsTask)
                passages.Add(new TaskPassage(context ?? unit.Start, unit.End, unit.Split, subject));
            else
                passages[^1] = passages[^1] with { End = unit.End };
            context = null;
            previous = a;
            assigned.UnionWith(a.Leads);
        }
        return passages;
    }

    // Where the sentence's own words start, after "Đồng thời," ("Đồng thời, đề nghị …").
    private static int Opening(IReadOnlyList<NoticeToken> tokens, int from) =>
        NoticeTokens.PhraseAt(tokens, from, Continuing[0]) ? from + 2 : from;

    // "X đã …" before any order: the sentence tells what was done (rule 8).
    private static bool IsDone(IReadOnlyList<NoticeToken> tokens, int from, int to)
    {
        for (var i = from; i < to && i < from + DoneWindow; i++)
        {
            if (Imperative.Any(p => NoticeTokens.PhraseAt(tokens, i, p)))
                return false;
            if (tokens[i].Past)
                return true;
        }
        return false;
    }

    private static bool Contains(IReadOnlyList<NoticeToken> tokens, int from, int to, string[] phrase)
    {
        for (var i = from; i < to; i++)
            if (NoticeTokens.PhraseAt(tokens, i, phrase))
                return true;
        return false;
    }
}
