namespace CoopRegistry.Domain.Deadlines;

/// <summary>
/// Reads the deadline phrases of Vietnamese directives, with or without diacritics (OCR loses them),
/// in any case and spacing, "ngày" optional. Dates are day/month/year. Anything else is refused with
/// INVALID_ARGUMENT on <c>text</c>, never guessed.
/// </summary>
public static class DeadlineParser
{
    private const string Field = "text";
    private const string Prefix = @"^\s*(?:(?:thoi\s+gian\s+hoan\s+thanh|thoi\s+han|han|hoan\s+thanh)\s*:?\s*)?";
    private const string End = @"[\s.]*$";
    private const string Day = @"(?:(?:vao\s+)?ngay\s+)?";
    private const string Date = @"(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})";
    private const string MonthYear = @"(?<m>\d{1,2})\s*(?:/|nam)\s*(?<y>\d{4})";
    // OCR writes "chậm nhất" as "cha4m nhét": a stray digit and e for a.
    private const string NoLaterThan = @"cha\d?m\s+nh[ae]t";
    // "định kỳ hằng tháng": the OCR scan of 12/9/2025 reads it "Pinh ky hiang thiang" (Đ as P, ằ and á as ia).
    private const string Periodic = @"(?:[dp]inh\s+ky\s+)?";
    private const string EveryMonth = @"(?:hi?ang|moi)\s+thi?ang";
    // "hằng năm", "hàng năm", "mỗi năm"; the same OCR scan reads "hằng năm" as "hang nim" and "hing nim".
    private const string EveryYear = @"(?:hi?ang|hing|moi)\s+n[ai]m";

    private static readonly (Regex Pattern, Func<Match, FoldedText, Deadline> Build)[] Forms =
    [
        (Rx(Prefix + @"du\s+kien\s*:?\s*(?<rest>.+)$"), Tentative),
        (Rx(Prefix + NoLaterThan + @"\s+" + Day + Date + End), (m, _) => new Deadline.OnOrBefore(DateOf(m))),
        (Rx(Prefix + @"truoc\s+" + Day + Date + End), (m, _) => new Deadline.Before(DateOf(m))),
        (Rx(Prefix + Periodic + @"(?:(?<rule>truoc|" + NoLaterThan + @")\s+(?:ngay\s+)?|(?:vao\s+)?ngay\s+)(?<n>\d{1,2})\s+" + EveryMonth + End), MonthlyOnDay),
        (Rx(Prefix + Periodic + EveryMonth + End), (_, _) => new Deadline.Monthly(MonthlyDay.None)),
        (Rx(Prefix + Periodic + EveryYear + End), (_, _) => new Deadline.Annual()),
        (Rx(Prefix + @"(?:trong\s+)?thang\s+" + MonthYear + End), (m, _) => Month(m)),
        (Rx(Prefix + @"(?:trong\s+)?quy\s+(?<q>iv|iii|ii|i|[1-4])\s*(?:/|nam)\s*(?<y>\d{4})" + End), Quarter),
        (Rx(@"^\s*ngay\s+sau\s+(?:(?:dip|khi)\s+)?(?<occ>.*?)\s*(?:ngay\s+)?" + Date + End), RightAfter),
        (Rx(Prefix + @"trong\s+(?:vong\s+|thoi\s+han\s+)?(?<n>\d{1,3})\s+ngay\s+lam\s+viec\s+(?:ke\s+tu|tu|sau)\s+(?:ngay\s+)?" + Date + End), WorkingDaysFromDate),
        (Rx(Prefix + @"trong\s+(?:vong\s+|thoi\s+han\s+)?(?<n>\d{1,3})\s+ngay\s+lam\s+viec\s+(?:ke\s+tu|tu|sau)\s+khi\s+(?<ev>\S.*?)" + End), WorkingDaysFromEvent),
        (Rx(@"^\s*trong\s+(?:thoi\s+gian|khi)\s+chua\s+(?<ev>\S.*?)" + End), Until),
        (Rx(@"^\s*(?:cho\s+)?(?:den|toi)\s+khi\s+(?<ev>\S.*?)" + End), Until),
        (Rx(@"^\s*sau\s+khi\s+(?<ev>\S.*?)" + End), (m, t) => new Deadline.AfterEvent(t.Slice(m.Groups["ev"].Index, m.Groups["ev"].Length))),
        (Rx(@"^\s*(?:thuong\s+xuyen|lien\s+tuc|khong\s+(?:co\s+)?thoi\s+han)?" + End), (_, _) => new Deadline.Ongoing()),
    ];

    /// <summary>The deadline a phrase states; an empty phrase is an ongoing duty.</summary>
    public static Deadline Parse(string? text)
    {
        text ??= "";
        if (text.Length > 500)
            throw new InvalidArgumentException(Field, "a deadline phrase is at most 500 characters");
        if (!IsWellFormed(text))
            throw new InvalidArgumentException(Field, "contains a broken Unicode character (half of a surrogate pair)");
        return Read(new FoldedText(text), text);
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(text[i]))
                return false;
        }
        return true;
    }

    private static Deadline Read(FoldedText text, string asWritten)
    {
        foreach (var (pattern, build) in Forms)
        {
            var match = pattern.Match(text.Folded);
            if (match.Success)
                return build(match, text);
        }
        throw new InvalidArgumentException(Field,
            $"\"{asWritten.Trim()}\" is not a deadline phrase the registry can read; expected e.g. \"chậm nhất ngày 05/9/2025\", " +
            "\"trước ngày 15/5/2026\", \"trong tháng 9/2025\", \"trong quý II/2026\", \"trước ngày 20 hằng tháng\", " +
            "\"định kỳ hằng tháng\", \"hằng năm\", \"dự kiến trong tháng 10/2025\", \"ngay sau dịp … 02/9/2025\", " +
            "\"trong 7 ngày làm việc kể từ ngày …\", \"sau khi …\", \"cho đến khi …\" or \"thường xuyên\"");
    }

    private static Deadline Tentative(Match m, FoldedText text)
    {
        var rest = m.Groups["rest"];
        var expected = Read(new FoldedText(text.Original.Substring(rest.Index, rest.Length)), rest.Value);
        if (expected is Deadline.Tentative or Deadline.Ongoing)
            throw new InvalidArgumentException(Field, $"\"dự kiến\" must be followed by a deadline, not \"{rest.Value.Trim()}\"");
        return new Deadline.Tentative(expected);
    }

    /// <summary>"trong thời gian chưa X" lasts until X; "cho đến khi X" says the same.</summary>
    private static Deadline Until(Match m, FoldedText text) => new Deadline.Until(text.Slice(m.Groups["ev"].Index, m.Groups["ev"].Length));

    private static Deadline MonthlyOnDay(Match m, FoldedText _)
    {
        var day = int.Parse(m.Groups["n"].Value);
        var rule = m.Groups["rule"].Value switch
        {
            "truoc" => MonthlyDay.Before,
            _ => MonthlyDay.OnOrBefore,
        };
        if (day is < 1 or > 31 || (rule == MonthlyDay.Before && day == 1))
            throw new InvalidArgumentException(Field, $"day {day} of every month cannot be a deadline{(day == 1 ? " (before the 1st is the previous month)" : "")}");
        return new Deadline.Monthly(rule, day);
    }

    private static Deadline Month(Match m)
    {
        var (month, year) = (int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["y"].Value));
        if (month is < 1 or > 12)
            throw new InvalidArgumentException(Field, $"{month}/{year} is not a month");
        return new Deadline.WithinMonth(year, month);
    }

    private static Deadline Quarter(Match m, FoldedText _) =>
        new Deadline.WithinQuarter(int.Parse(m.Groups["y"].Value), VietnameseDates.ParseQuarter(m.Groups["q"].Value));

    private static Deadline RightAfter(Match m, FoldedText text)
    {
        var occasion = text.Slice(m.Groups["occ"].Index, m.Groups["occ"].Length);
        return new Deadline.RightAfter(DateOf(m), occasion.Length == 0 ? null : occasion);
    }

    private static Deadline WorkingDaysFromDate(Match m, FoldedText _) => new Deadline.WithinWorkingDays(WorkingDays(m), DateOf(m));

    private static Deadline WorkingDaysFromEvent(Match m, FoldedText text) =>
        new Deadline.WithinWorkingDays(WorkingDays(m), null, text.Slice(m.Groups["ev"].Index, m.Groups["ev"].Length));

    private static int WorkingDays(Match m)
    {
        var days = int.Parse(m.Groups["n"].Value);
        if (days < 1)
            throw new InvalidArgumentException(Field, "a number of working days must be at least 1");
        return days;
    }

    private static DateOnly DateOf(Match m)
    {
        var (d, mo, y) = (int.Parse(m.Groups["d"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["y"].Value));
        if (y < 1 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
            throw new InvalidArgumentException(Field, $"{d}/{mo}/{y} is not a calendar date");
        return new DateOnly(y, mo, d);
    }

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline);
}
