using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Directory;
using CoopRegistry.Domain.Listing;
using CoopRegistry.Domain.Records;
using CsCheck;

namespace CoopRegistry.Domain.Tests.Properties;

/// <summary>
/// Property-based tests (CsCheck) over what reads caller-supplied text: the deadline parser, the
/// filter and order_by parsers, page tokens, names, request ids and the commitment rules. On any
/// input they either succeed or refuse with <see cref="InvalidArgumentException"/>, never another
/// exception; what the parser accepts it describes and reads back to the same deadline.
/// </summary>
public class HostileTextTests
{
    private const long Iterations = 20_000;

    /// <summary>Fragments of the phrases the documents write, with and without diacritics, and the odd OCR slip.</summary>
    private static readonly string[] Fragments =
    [
        "chậm nhất", "cham nhat", "cha4m nhét", "ngày", "ngay", "vào", "trước", "truoc", "trong", "tháng", "thang", "quý", "quy",
        "năm", "nam", "hằng tháng", "hang thang", "mỗi tháng", "định kỳ", "Pinh ky hiang thiang", "dự kiến", "du kien", "ngay sau",
        "dịp", "khi", "sau khi", "ngày làm việc", "kể từ", "ke tu", "từ", "thường xuyên", "không thời hạn", "hạn:", "thời hạn",
        "I", "II", "III", "IV", "V", "0", "1", "2", "4", "5", "9", "12", "13", "20", "29", "30", "31", "32", "99", "366", "999",
        "2025", "2026", "1900", "0000", "9999", "99999999999", "/", ".", "-", ":", " ", "  ", "\t", "\n", "\0", "'", "\"", "%", "_",
        "\\", ";", "--", "🙂", "\u0301", "Đ", "ß", "İ",
    ];

    private static readonly Gen<string> Phrase = Gen.OneOfConst(Fragments).Array[0, 12].Select(parts => string.Join(" ", parts));

    private static readonly Gen<string> Joined = Gen.OneOfConst(Fragments).Array[0, 12].Select(parts => string.Concat(parts));

    /// <summary>Anything: random Unicode, deadline-like phrases, and phrases glued without spaces.</summary>
    private static readonly Gen<string> AnyText = Gen.OneOf(Gen.String, Gen.String[Gen.Char, 0, 600], Phrase, Joined);

    private static void OnlyInvalidArgument(Action action)
    {
        try
        {
            action();
        }
        catch (InvalidArgumentException e)
        {
            Assert.NotEmpty(e.Violations);
            Assert.All(e.Violations, v => Assert.False(string.IsNullOrEmpty(v.Field)));
        }
    }

    [Fact]
    public void The_deadline_parser_refuses_only_with_INVALID_ARGUMENT_and_reads_back_what_it_describes()
    {
        var accepted = 0;
        AnyText.Sample(text =>
        {
            Deadline deadline;
            try
            {
                deadline = DeadlineParser.Parse(text);
            }
            catch (InvalidArgumentException e)
            {
                Assert.Equal("text", Assert.Single(e.Violations).Field);
                return;
            }
            Interlocked.Increment(ref accepted);
            var described = deadline.Describe();
            Assert.Equal(deadline, DeadlineParser.Parse(described));
            Assert.Equal(described, DeadlineParser.Parse(described).Describe());
        }, iter: Iterations);
        Assert.True(accepted > 100, $"only {accepted} phrases were accepted: the generator misses the grammar");
    }

    private static readonly Gen<DateOnly> Day = Gen.Int[new DateOnly(1990, 1, 1).DayNumber, new DateOnly(2100, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    /// <summary>Every form the registry can hold, built directly rather than parsed.</summary>
    private static readonly Gen<Deadline> Deadlines = Gen.OneOf<Deadline>(
        Day.Select(d => (Deadline)new Deadline.OnOrBefore(d)),
        Day.Select(d => (Deadline)new Deadline.Before(d)),
        Gen.Select(Gen.Int[1990, 2100], Gen.Int[1, 12]).Select((y, m) => (Deadline)new Deadline.WithinMonth(y, m)),
        Gen.Select(Gen.Int[1990, 2100], Gen.Int[1, 4]).Select((y, q) => (Deadline)new Deadline.WithinQuarter(y, q)),
        Gen.Int[1, 31].Select(d => (Deadline)new Deadline.Monthly(MonthlyDay.OnOrBefore, d)),
        Gen.Int[2, 31].Select(d => (Deadline)new Deadline.Monthly(MonthlyDay.Before, d)),
        Gen.Const((Deadline)new Deadline.Monthly(MonthlyDay.None)),
        Gen.Const((Deadline)new Deadline.Ongoing()));

    [Fact]
    public void Every_constructed_deadline_is_described_and_read_back_and_its_last_day_is_where_the_form_says()
    {
        Deadlines.Sample(deadline =>
        {
            Assert.Equal(deadline, DeadlineParser.Parse(deadline.Describe()));
            var last = deadline.LastDay();
            switch (deadline)
            {
                case Deadline.OnOrBefore d:
                    Assert.Equal(d.Date, last);
                    break;
                case Deadline.Before d:
                    Assert.Equal(d.Date.AddDays(-1), last);
                    break;
                case Deadline.WithinMonth d:
                    Assert.Equal(new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month)), last);
                    Assert.Equal(1, last!.Value.AddDays(1).Day);
                    break;
                case Deadline.WithinQuarter d:
                    Assert.Equal(d.Quarter * 3, last!.Value.Month);
                    Assert.Equal(DateTime.DaysInMonth(d.Year, d.Quarter * 3), last.Value.Day);
                    break;
            }
            // A firm deadline is overdue from the day after its last day, never before.
            if (last is { } day)
                Assert.Equal(day.AddDays(1), deadline.FirstOverdueDay());
        }, iter: Iterations);
    }

    [Fact]
    public void Filters_orderings_tokens_names_and_request_ids_refuse_only_with_INVALID_ARGUMENT()
    {
        var fields = new[] { "title", "display_names.en", "create_time" };
        var filterLike = Gen.OneOfConst("title", "=", "!=", ":", "AND", "OR", "NOT", "-", "(", ")", "\"", "\"x\"", "'", "\\", "*", "%", "_",
            "true", "12", "-1", "2026-01-01", "provinces/VN-30", ".", ",", "desc", "asc", "\0", " ", "display_names.en", "a.b.c", "'; DROP TABLE x; --")
            .Array[0, 16].Select(parts => string.Join(" ", parts));
        Gen.OneOf(AnyText, filterLike).Sample(text =>
        {
            OnlyInvalidArgument(() => FilterParser.Parse(text));
            OnlyInvalidArgument(() => OrderByParser.Parse(text, fields));
            OnlyInvalidArgument(() => PageToken.Decode(text, PageToken.Fingerprint("x"), 2));
            OnlyInvalidArgument(() => ResourceNames.ParseId("provinces", text, "name"));
            OnlyInvalidArgument(() => RequestIds.Parse(text));
            OnlyInvalidArgument(() => RecordIds.ChooseOrGenerate(text, "commitment_id", "VN-30"));
        }, iter: Iterations);
    }

    [Fact]
    public void A_page_token_reads_back_its_keys_and_a_tampered_one_fails_only_with_INVALID_ARGUMENT()
    {
        Gen.Select(Gen.String[Gen.Char['\0', '\uD7FF'], 0, 40], Gen.String[Gen.Char['\0', '\uD7FF'], 0, 40], Gen.Int[0, 1000]).Sample((a, b, position) =>
        {
            var fingerprint = PageToken.Fingerprint("q");
            var token = PageToken.Encode(fingerprint, [a, b]);
            Assert.Equal(new[] { a, b }, PageToken.Decode(token, fingerprint, 2));
            var i = position % token.Length;
            var tampered = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            OnlyInvalidArgument(() => PageToken.Decode(tampered, fingerprint, 2));
        }, iter: Iterations / 4);
    }

    [Fact]
    public void The_commitment_rules_report_violations_and_never_throw_on_any_field_values()
    {
        var text = Gen.OneOf(Gen.Const((string?)null), AnyText.Select(s => (string?)s), Gen.String[Gen.Char, 0, 5000].Select(s => (string?)s));
        var list = AnyText.List[0, 8];
        Gen.Select(text, text, text, text, list, list, Gen.Int[-5, 200], Gen.OneOf(Deadlines.Select(d => (Deadline?)d), Gen.Const((Deadline?)null)))
            .Sample((task, description, source, lead, tags, coordinating, percent, deadline) =>
            {
                var commitment = new Commitment
                {
                    Task = task ?? "",
                    Description = description,
                    SourceCollection = source ?? "",
                    SourceId = source ?? "",
                    LeadAgencyId = lead ?? "",
                    Tags = tags,
                    CoordinatingAgencyIds = coordinating,
                    PercentComplete = percent,
                    Deadline = deadline,
                    StartDate = new DateOnly(2026, 1, 1),
                };
                var violations = CommitmentRules.Validate(commitment);
                Assert.All(violations, v => Assert.StartsWith("commitment.", v.Field, StringComparison.Ordinal));
                if (string.IsNullOrWhiteSpace(task) || task.Length > CommitmentRules.TaskLength)
                    Assert.Contains(violations, v => v.Field == "commitment.task");
            }, iter: Iterations / 4);
    }

    [Fact]
    public void An_emoji_or_a_broken_surrogate_in_a_deadline_phrase_is_read_or_refused_not_a_crash()
    {
        // Found by the property above: FoldedText normalised each UTF-16 unit alone and threw on an emoji.
        Assert.Equal(new Deadline.AfterEvent("ký kết 🙂"), DeadlineParser.Parse("sau khi ký kết 🙂"));
        Assert.Equal("text", Assert.Single(Assert.Throws<InvalidArgumentException>(() => DeadlineParser.Parse("chậm nhất ngày 30/6/2026 🙂")).Violations).Field);
        Assert.Throws<InvalidArgumentException>(() => DeadlineParser.Parse("sau khi ký \uD83D"));
    }

    [Theory]
    [InlineData("sau khi   ")]
    [InlineData("dự kiến sau khi  ")]
    [InlineData("trong 5 ngày làm việc kể từ khi  ")]
    public void An_event_deadline_without_the_event_is_refused(string text)
    {
        // Found by the round-trip property: "sau khi" and blanks was read as an event with no name, described as a phrase it could not read back.
        Assert.Throws<InvalidArgumentException>(() => DeadlineParser.Parse(text));
    }
}
