namespace CoopRegistry.Domain.Tests.Deadlines;

/// <summary>Every deadline phrase of the five source documents, as written (markdown and OCR included).</summary>
public class DeadlineParserSourceTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("chậm nhất ngày 05/9/2025", 2025, 9, 5)] // Gia Lai 29/8/2025, Lệ Thanh
    [InlineData("**chậm nhất ngày 30/6/2026**", 2026, 6, 30)] // Lạng Sơn 5/5/2026
    [InlineData("chậm nhất ngày **30/6/2026**.", 2026, 6, 30)]
    [InlineData("chậm nhất ngày 30/5/2026.", 2026, 5, 30)]
    [InlineData("thời gian hoàn thành chậm nhất **ngày 31/8/2026**.", 2026, 8, 31)]
    [InlineData("cha4m nhét ngay 21/9/2025", 2025, 9, 21)] // the OCR scan of 12/9/2025, as scanned
    [InlineData("cham nhat ngay 21/9/2025", 2025, 9, 21)]
    public void Reads_no_later_than(string text, int y, int m, int d)
    {
        Assert.Equal(new Deadline.OnOrBefore(D(y, m, d)), DeadlineParser.Parse(text));
    }

    [Theory]
    [InlineData("**trước ngày 20/5/2026**", 2026, 5, 20)]
    [InlineData("trước ngày **15/5/2026**.", 2026, 5, 15)]
    [InlineData("truoc ngay 15/5/2026", 2026, 5, 15)]
    public void Reads_before(string text, int y, int m, int d)
    {
        Assert.Equal(new Deadline.Before(D(y, m, d)), DeadlineParser.Parse(text));
    }

    [Theory]
    [InlineData("trong tháng 5 năm 2026.", 2026, 5)] // Gia Lai 11/5/2026
    [InlineData("trong thang 9/2025.", 2025, 9)] // OCR 12/9/2025
    [InlineData("trong tháng 9/2025", 2025, 9)]
    public void Reads_within_a_month(string text, int y, int m)
    {
        Assert.Equal(new Deadline.WithinMonth(y, m), DeadlineParser.Parse(text));
    }

    [Fact]
    public void Reads_the_quarter_of_the_Chi_Ma_task()
    {
        Assert.Equal(new Deadline.WithinQuarter(2026, 2), DeadlineParser.Parse("thời gian hoàn thành trong quý **II/2026**."));
    }

    [Theory]
    [InlineData("**trước ngày 20 hằng tháng**", 20)] // Gia Lai 11/5/2026
    [InlineData("trước ngày 25 hằng tháng", 25)] // Lạng Sơn
    [InlineData("truoc ngay 20 hang thang", 20)]
    [InlineData("truoc ngay 20 hiang thiang", 20)] // the same OCR misreading of "hằng tháng"
    public void Reads_monthly_reports(string text, int day)
    {
        Assert.Equal(new Deadline.Monthly(MonthlyDay.Before, day), DeadlineParser.Parse(text));
    }

    [Theory]
    [InlineData("định kỳ hằng tháng")] // Lạng Sơn's monthly meetings
    [InlineData("hằng tháng")]
    [InlineData("dinh ky hang thang")]
    [InlineData("hàng tháng")]
    [InlineData("Hàng tháng")] // Gia Lai 29/8/2025: monthly meetings with enterprises
    [InlineData("Pinh ky hiang thiang")] // the OCR scan of 12/9/2025, as scanned ("Định kỳ hằng tháng")
    [InlineData("pinh ky hang thang")]
    public void Reads_monthly_without_a_day(string text)
    {
        Assert.Equal(new Deadline.Monthly(MonthlyDay.None), DeadlineParser.Parse(text));
    }

    [Theory]
    [InlineData("(dự kiến trong tháng 10/2025).")] // Gia Lai 29/8/2025
    [InlineData("du kien trong thang 10/2025")]
    public void Reads_tentative(string text)
    {
        var deadline = Assert.IsType<Deadline.Tentative>(DeadlineParser.Parse(text));
        Assert.Equal(new Deadline.WithinMonth(2025, 10), deadline.Expected);
    }

    [Fact]
    public void Reads_right_after_the_national_day_with_the_occasion_as_written()
    {
        // The document breaks the line after "dịp".
        var deadline = DeadlineParser.Parse("ngay sau dịp \nQuốc khánh 02/9/2025");
        Assert.Equal(new Deadline.RightAfter(D(2025, 9, 2), "Quốc khánh"), deadline);
        Assert.Equal("ngay sau dịp Quốc khánh 02/9/2025", deadline.Describe());
    }

    [Theory]
    [InlineData("Sau khi Ban Thường vụ Tỉnh uỷ giao biên chế khối chính quyền", "Ban Thường vụ Tỉnh uỷ giao biên chế khối chính quyền")]
    [InlineData("sau khi có Báo cáo của Ban Quản lý Khu KTCK.", "có Báo cáo của Ban Quản lý Khu KTCK")]
    [InlineData("sau khi Ban Quan ly Khu kinh te bao cao", "Ban Quan ly Khu kinh te bao cao")]
    public void Reads_after_an_event_keeping_its_text(string text, string occasion)
    {
        Assert.Equal(new Deadline.AfterEvent(occasion), DeadlineParser.Parse(text));
    }

    [Theory]
    [InlineData("hang nim")] // the OCR scan of 12/9/2025, §2.b, as scanned ("hằng năm": events every year)
    [InlineData("hằng năm")]
    [InlineData("Hàng năm")]
    [InlineData("định kỳ hằng năm")]
    [InlineData("mỗi năm")]
    public void Reads_a_yearly_duty(string text)
    {
        Assert.Equal(new Deadline.Annual(), DeadlineParser.Parse(text));
    }

    [Theory]
    [InlineData("Trong thời gian chưa hoàn thành việc xây dựng cửa khẩu số", "hoàn thành việc xây dựng cửa khẩu số")] // Gia Lai 11/5/2026, §2.3
    [InlineData("trong thoi gian chua hoan thanh viec xay dung cua khau so,", "hoan thanh viec xay dung cua khau so")]
    [InlineData("cho đến khi hoàn thành việc xây dựng cửa khẩu số", "hoàn thành việc xây dựng cửa khẩu số")]
    [InlineData("Đến khi cửa khẩu số hoàn thành.", "cửa khẩu số hoàn thành")]
    public void Reads_a_duty_until_the_digital_border_gate_is_built(string text, string until)
    {
        var deadline = Assert.IsType<Deadline.Until>(DeadlineParser.Parse(text));
        Assert.Equal(until, deadline.Event);
        Assert.Equal("cho đến khi " + until, deadline.Describe());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("thường xuyên")]
    [InlineData("Thuong xuyen")]
    public void Reads_no_deadline_as_ongoing(string? text)
    {
        Assert.Equal(new Deadline.Ongoing(), DeadlineParser.Parse(text));
    }
}
