namespace CoopRegistry.Domain.Tests.Deadlines;

public class DeadlineParserFormsTests
{
    [Theory]
    [InlineData("CHẬM NHẤT NGÀY 5/9/2025")]
    [InlineData("chậm   nhất\tngày  05 / 09 / 2025")]
    [InlineData("chậm nhất 05/9/2025")] // "ngày" omitted
    [InlineData("Chậm nhất vào ngày 05-9-2025")]
    [InlineData("hạn: chậm nhất ngày 05.9.2025")]
    [InlineData("Cham Nhat Ngay 5/9/2025")]
    public void Tolerates_case_spacing_and_separators(string text)
    {
        Assert.Equal(new Deadline.OnOrBefore(new DateOnly(2025, 9, 5)), DeadlineParser.Parse(text));
    }

    [Theory]
    [InlineData("trước 15/5/2026")]
    [InlineData("TRUOC NGAY 15/05/2026")]
    public void Reads_before_without_ngay(string text)
    {
        Assert.Equal(new Deadline.Before(new DateOnly(2026, 5, 15)), DeadlineParser.Parse(text));
    }

    [Theory]
    [InlineData("trong quý I/2026", 1)]
    [InlineData("trong quý 1/2026", 1)]
    [InlineData("trong quý II năm 2026", 2)]
    [InlineData("trong quy iii/2026", 3)]
    [InlineData("quý IV/2026", 4)]
    [InlineData("trong quý 4 năm 2026", 4)]
    public void Reads_quarters_in_roman_and_arabic(string text, int quarter)
    {
        Assert.Equal(new Deadline.WithinQuarter(2026, quarter), DeadlineParser.Parse(text));
    }

    [Theory]
    [InlineData("trong tháng 02/2028", 2)]
    [InlineData("tháng 12 năm 2028", 12)]
    [InlineData("trong thang 2 nam 2028", 2)]
    public void Reads_months(string text, int month)
    {
        Assert.Equal(new Deadline.WithinMonth(2028, month), DeadlineParser.Parse(text));
    }

    [Theory]
    [InlineData("chậm nhất ngày 31 hằng tháng", MonthlyDay.OnOrBefore, 31)]
    [InlineData("cham nhat ngay 5 hang thang", MonthlyDay.OnOrBefore, 5)]
    [InlineData("ngày 10 hằng tháng", MonthlyDay.OnOrBefore, 10)]
    [InlineData("định kỳ trước ngày 25 hằng tháng", MonthlyDay.Before, 25)]
    [InlineData("trước ngày 20 mỗi tháng", MonthlyDay.Before, 20)]
    public void Reads_monthly_days(string text, MonthlyDay rule, int day)
    {
        Assert.Equal(new Deadline.Monthly(rule, day), DeadlineParser.Parse(text));
    }

    [Theory]
    [InlineData("dự kiến trong quý III/2026")]
    [InlineData("du kien: trong quy 3/2026")]
    public void Tentative_wraps_any_dated_form(string text)
    {
        Assert.Equal(new Deadline.Tentative(new Deadline.WithinQuarter(2026, 3)), DeadlineParser.Parse(text));
    }

    [Theory]
    [InlineData("trong 7 ngày làm việc kể từ ngày 13/02/2026")]
    [InlineData("trong vong 7 ngay lam viec ke tu 13/2/2026")]
    public void Reads_working_days_from_a_date(string text)
    {
        Assert.Equal(new Deadline.WithinWorkingDays(7, new DateOnly(2026, 2, 13)), DeadlineParser.Parse(text));
    }

    [Fact]
    public void Reads_working_days_from_an_undated_event()
    {
        Assert.Equal(new Deadline.WithinWorkingDays(7, null, "nhận đủ hồ sơ"),
            DeadlineParser.Parse("trong 7 ngày làm việc kể từ khi nhận đủ hồ sơ"));
    }

    [Theory]
    [InlineData("ngay sau ngày 02/9/2025", null)]
    [InlineData("ngay sau dip Quoc khanh 2/9/2025", "Quoc khanh")]
    public void Reads_right_after(string text, string? occasion)
    {
        Assert.Equal(new Deadline.RightAfter(new DateOnly(2025, 9, 2), occasion), DeadlineParser.Parse(text));
    }

    public static TheoryData<Deadline> Every_form() =>
    [
        new Deadline.OnOrBefore(new DateOnly(2025, 9, 5)),
        new Deadline.Before(new DateOnly(2026, 5, 15)),
        new Deadline.WithinMonth(2026, 5),
        new Deadline.WithinQuarter(2026, 2),
        new Deadline.Monthly(MonthlyDay.Before, 20),
        new Deadline.Monthly(MonthlyDay.OnOrBefore, 31),
        new Deadline.Monthly(MonthlyDay.None),
        new Deadline.Tentative(new Deadline.WithinMonth(2025, 10)),
        new Deadline.RightAfter(new DateOnly(2025, 9, 2), "Quốc khánh"),
        new Deadline.RightAfter(new DateOnly(2025, 9, 2)),
        new Deadline.WithinWorkingDays(7, new DateOnly(2026, 2, 13)),
        new Deadline.WithinWorkingDays(15, null, "ký kết"),
        new Deadline.AfterEvent("Ban Thường vụ Tỉnh ủy giao biên chế"),
        new Deadline.Annual(),
        new Deadline.Until("hoàn thành việc xây dựng cửa khẩu số"),
        new Deadline.Ongoing(),
    ];

    [Theory]
    [MemberData(nameof(Every_form))]
    public void The_canonical_phrase_reads_back_as_the_same_deadline(Deadline deadline)
    {
        Assert.Equal(deadline, DeadlineParser.Parse(deadline.Describe()));
        Assert.Equal(deadline.Describe(), deadline.ToString());
    }

    [Theory]
    [InlineData("chậm nhất ngày 05/9/2025", "chậm nhất ngày 05/9/2025")]
    [InlineData("trong tháng 5 năm 2026", "trong tháng 5/2026")]
    [InlineData("trong quy 2/2026", "trong quý II/2026")]
    [InlineData("truoc ngay 20 hang thang", "trước ngày 20 hằng tháng")]
    [InlineData("hằng tháng", "định kỳ hằng tháng")]
    [InlineData("du kien trong thang 10/2025", "dự kiến trong tháng 10/2025")]
    public void Shows_phrases_back_with_diacritics(string text, string canonical)
    {
        Assert.Equal(canonical, DeadlineParser.Parse(text).Describe());
    }

    [Theory]
    [InlineData("sớm nhất có thể", "sớm nhất có thể")]
    [InlineData("chậm nhất ngày 31/2/2026", "31/2/2026 is not a calendar date")]
    [InlineData("chậm nhất ngày 29/2/2026", "29/2/2026 is not a calendar date")] // 2026 is not a leap year
    [InlineData("trong tháng 13/2026", "13/2026 is not a month")]
    [InlineData("trong quý V/2026", "trong quý V/2026")]
    [InlineData("trước ngày 32 hằng tháng", "day 32 of every month")]
    [InlineData("trước ngày 1 hằng tháng", "previous month")]
    [InlineData("dự kiến", "dự kiến")]
    [InlineData("dự kiến thường xuyên", "must be followed by a deadline")]
    [InlineData("chậm nhất ngày 05/9", "chậm nhất ngày 05/9")] // no year
    [InlineData("trong 0 ngày làm việc kể từ ngày 13/2/2026", "at least 1")]
    [InlineData("khẩn trương", "khẩn trương")] // urgency without a date is not a deadline (the seeds tag it instead)
    [InlineData("hằng năm 2026", "hằng năm 2026")] // a yearly duty names no year
    [InlineData("cho đến khi", "cho đến khi")] // "until" needs its event
    [InlineData("piang ky hiang thiang", "piang ky hiang thiang")] // the OCR tolerance is for "Đ" read as "P" only
    public void Refuses_unreadable_phrases_saying_what_was_not_understood(string text, string said)
    {
        var error = Assert.Throws<InvalidArgumentException>(() => DeadlineParser.Parse(text));
        Assert.Equal("text", Assert.Single(error.Violations).Field);
        Assert.Contains(said, error.Message);
    }
}
