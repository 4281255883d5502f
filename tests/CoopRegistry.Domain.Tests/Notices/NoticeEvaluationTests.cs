using System.Diagnostics;
using CoopRegistry.Domain.Notices;
using Xunit.Abstractions;

namespace CoopRegistry.Domain.Tests.Notices;

/// <summary>
/// Issue 24's measure: the reader over the five source documents, scored against the seeds. Prints
/// the table, the remaining errors and the time taken (shown, not asserted); asserts the floors.
/// </summary>
public class NoticeEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Reader_meets_the_floors_on_the_five_source_documents()
    {
        var scores = new List<NoticeScore>();
        var clock = new Stopwatch();
        var words = 0;
        var notices = SeedNotices.Read();
        foreach (var notice in notices)
        {
            clock.Start();
            var drafts = new NoticeReader(notice.Directory, notice.Issuer).Read(notice.Text);
            clock.Stop();
            words += notice.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            scores.Add(NoticeScore.Of(notice, drafts));
        }
        var total = NoticeScore.Total(scores);

        output.WriteLine(NoticeScore.Header);
        foreach (var score in scores.Append(total))
            output.WriteLine(score.Row());
        // Shown, not asserted: the first notice pays for compiling the regular expressions.
        output.WriteLine($"read {words} words in {clock.ElapsedMilliseconds} ms ({clock.Elapsed.TotalMilliseconds * 1500 / words:0} ms per 1,500 words)");
        output.WriteLine(FifteenHundredWords(notices[0]));
        foreach (var error in scores.SelectMany(s => s.Errors.Select(e => $"{s.Document[..12]} {e}")))
            output.WriteLine(error);

        Assert.Multiple(
            () => Assert.True(total.Recall >= Floors.Recall, $"recall {total.Recall:P1}"),
            () => Assert.True(total.Precision >= Floors.Precision, $"precision {total.Precision:P1}"),
            () => Assert.True(total.Lead >= Floors.Lead, $"lead {total.Lead:P1}"),
            () => Assert.True(total.Coordinators >= Floors.Coordinators, $"coordinators {total.Coordinators:P1}"),
            () => Assert.True(total.Deadline >= Floors.Deadline, $"deadline {total.Deadline:P1}"));
    }

    // Issue 24's "a 1,500-word notice well under a second": the documents' lines up to 1,500 words,
    // read once to warm up, then five times; the fastest and the median are printed, not asserted.
    private static string FifteenHundredWords(SeedNotices.Notice province)
    {
        var lines = new List<string>();
        var count = 0;
        foreach (var line in SeedNotices.Read().SelectMany(n => n.Text.Split('\n')).TakeWhile(_ => count < 1500))
        {
            lines.Add(line);
            count += line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }
        var notice = string.Join('\n', lines);
        var reader = new NoticeReader(province.Directory, province.Issuer);
        reader.Read(notice);
        var times = Enumerable.Range(0, 5).Select(_ =>
        {
            var clock = Stopwatch.StartNew();
            reader.Read(notice);
            return clock.Elapsed.TotalMilliseconds;
        }).Order().ToList();
        return $"a notice of {count} words read in {times[0]:0.0} ms (fastest of 5) / {times[2]:0.0} ms (median)";
    }

    [Fact]
    public void Reader_does_about_as_well_on_a_notice_its_rules_were_not_written_from()
    {
        var notice = HeldOutNotice.Notice();
        var score = NoticeScore.Of(notice, new NoticeReader(notice.Directory, notice.Issuer).Read(notice.Text));

        output.WriteLine(NoticeScore.Header);
        output.WriteLine(score.Row());
        foreach (var error in score.Errors)
            output.WriteLine(error);

        Assert.Multiple(
            () => Assert.True(score.Recall >= HeldOutFloors.Recall, $"recall {score.Recall:P1}"),
            () => Assert.True(score.Precision >= HeldOutFloors.Precision, $"precision {score.Precision:P1}"),
            () => Assert.True(score.Lead >= HeldOutFloors.Lead, $"lead {score.Lead:P1}"),
            () => Assert.True(score.Coordinators >= HeldOutFloors.Coordinators, $"coordinators {score.Coordinators:P1}"),
            () => Assert.True(score.Deadline >= HeldOutFloors.Deadline, $"deadline {score.Deadline:P1}"));
    }

    /// <summary>What the reader reaches on the held-out notice (its first run: 92/100/100/91/82 %). Raise, never lower.</summary>
    private static class HeldOutFloors
    {
        public const double Recall = 0.91;
        public const double Precision = 1.0;
        public const double Lead = 1.0;
        public const double Coordinators = 1.0;
        public const double Deadline = 0.90;
    }

    /// <summary>Issue 24's goals (95/90/95/85/98 %) or what the reader reaches above them. Raise, never lower.</summary>
    private static class Floors
    {
        public const double Recall = 0.96;
        public const double Precision = 0.99;
        public const double Lead = 0.97;
        public const double Coordinators = 0.95;
        public const double Deadline = 0.99;
    }
}
