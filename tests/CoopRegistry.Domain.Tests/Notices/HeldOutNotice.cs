using CoopRegistry.Domain.Notices;

namespace CoopRegistry.Domain.Tests.Notices;

/// <summary>
/// A notice the reader's rules were not written from: made up for this check in the five documents'
/// style, with another province, other agencies, other phrasing and deadlines, and the tasks a
/// careful reader writes from it by seeds/README.md's rules. Written before the reader was run on it.
/// </summary>
public static class HeldOutNotice
{
    private const string Text = """
        ỦY BAN NHÂN DÂN
        TỈNH QUẢNG TRỊ
        Số: 88/TB-UBND

        THÔNG BÁO
        Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về hợp tác y tế, giáo dục và du lịch với tỉnh Savannakhet (Lào)

        Ngày 14/3/2027, tại trụ sở UBND tỉnh, đồng chí Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về hợp tác với tỉnh Savannakhet. Sau khi nghe Sở Ngoại vụ báo cáo và ý kiến của các đại biểu, Phó Chủ tịch UBND tỉnh kết luận như sau:

        I. ĐÁNH GIÁ CHUNG
        Năm 2026, Sở Y tế và Sở Giáo dục và Đào tạo đã phối hợp tốt với các cơ quan của tỉnh Savannakhet; nhiều hoạt động giao lưu đã được tổ chức.

        II. NHIỆM VỤ THỜI GIAN TỚI
        1. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng Đề án khám, chữa bệnh cho người dân vùng biên giới hai tỉnh, trình UBND tỉnh chậm nhất ngày 15/8/2027.
        2. Sở Giáo dục và Đào tạo
        - Chủ trì tiếp nhận lưu học sinh tỉnh Savannakhet năm học 2027-2028; hoàn thành trong quý III/2027.
        - Phối hợp với Sở Ngoại vụ rà soát các thỏa thuận hợp tác giáo dục đã ký kết, báo cáo UBND tỉnh trong tháng 6 năm 2027.
        3. Sở Văn hóa, Thể thao và Du lịch phối hợp với Sở Ngoại vụ tổ chức Tuần văn hóa Việt - Lào tại thành phố Đông Hà hằng năm.
        4. Công an tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh thường xuyên phối hợp, trao đổi thông tin về tình hình an ninh trật tự tại khu vực cửa khẩu.
        5. Giao Sở Ngoại vụ chủ trì tổ chức đoàn công tác sang tỉnh Savannakhet trước ngày 30/9/2027; đồng thời, chuẩn bị nội dung Biên bản ghi nhớ hợp tác giai đoạn 2028-2032.
        6. Sở Tài chính bố trí kinh phí thực hiện các nhiệm vụ nêu tại mục 1, mục 5. Định kỳ hằng quý, Sở Tài chính báo cáo UBND tỉnh tình hình sử dụng kinh phí.
        7. Các sở, ban, ngành, địa phương liên quan chủ động phối hợp chặt chẽ với Sở Ngoại vụ trong quá trình triển khai; trước ngày 10 hằng tháng báo cáo kết quả về Sở Ngoại vụ để tổng hợp.

        Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

        Nơi nhận:
        - Các sở: Y tế, Giáo dục và Đào tạo, Tài chính, Ngoại vụ;
        - Lưu: VT.
        """;

    public static readonly NoticeAgency[] Directory =
    [
        new("qt-ubnd", ["Ủy ban nhân dân tỉnh Quảng Trị", "UBND tỉnh"]),
        new("qt-so-y-te", ["Sở Y tế tỉnh Quảng Trị", "Sở Y tế"]),
        new("qt-so-gd", ["Sở Giáo dục và Đào tạo tỉnh Quảng Trị", "Sở Giáo dục và Đào tạo"]),
        new("qt-so-tc", ["Sở Tài chính tỉnh Quảng Trị", "Sở Tài chính"]),
        new("qt-so-nv", ["Sở Ngoại vụ tỉnh Quảng Trị", "Sở Ngoại vụ"]),
        new("qt-so-vh", ["Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị", "Sở Văn hóa, Thể thao và Du lịch"]),
        new("qt-cong-an", ["Công an tỉnh Quảng Trị", "Công an tỉnh"]),
        new("qt-bien-phong", ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị", "Bộ đội Biên phòng tỉnh"]),
        new("qt-vp-ubnd", ["Văn phòng Ủy ban nhân dân tỉnh Quảng Trị", "Văn phòng UBND tỉnh"]),
        new("qt-cac-so", ["Các sở, ban, ngành, địa phương tỉnh Quảng Trị", "Các sở, ban, ngành"]),
    ];

    private static readonly (string Name, string Starts)[] SectionStarts =
    [
        ("§II.1", "1. Giao Sở Y tế"), ("§II.2 b1", "- Chủ trì tiếp nhận"), ("§II.2 b2", "- Phối hợp với Sở Ngoại vụ rà soát"),
        ("§II.3", "3. Sở Văn hóa"), ("§II.4", "4. Công an tỉnh"), ("§II.5", "5. Giao Sở Ngoại vụ"), ("§II.6", "6. Sở Tài chính bố trí"),
        ("§II.7", "7. Các sở, ban"), ("closing", "Văn phòng UBND tỉnh thông báo"),
    ];

    // Leads and coordinators by the rules: "X phối hợp với Y" is Y's task (rule 2); co-assignees each lead and coordinate each other (rule 5).
    private static readonly SeedNotices.Expected[] Tasks =
    [
        new("de-an-kham-chua-benh", "Xây dựng Đề án khám, chữa bệnh cho người dân vùng biên giới", "qt-so-y-te", ["qt-so-tc"], "chậm nhất ngày 15/8/2027", false, ["§II.1"]),
        new("luu-hoc-sinh", "Tiếp nhận lưu học sinh tỉnh Savannakhet năm học 2027-2028", "qt-so-gd", [], "trong quý III/2027", false, ["§II.2 b1"]),
        new("ra-soat-thoa-thuan-giao-duc", "Rà soát các thỏa thuận hợp tác giáo dục đã ký kết", "qt-so-nv", ["qt-so-gd"], "trong tháng 6 năm 2027", false, ["§II.2 b2"]),
        new("tuan-van-hoa", "Tổ chức Tuần văn hóa Việt - Lào tại Đông Hà", "qt-so-nv", ["qt-so-vh"], "hằng năm", false, ["§II.3"]),
        new("an-ninh-cua-khau-cong-an", "Trao đổi thông tin về an ninh trật tự tại cửa khẩu", "qt-cong-an", ["qt-bien-phong"], null, true, ["§II.4"]),
        new("an-ninh-cua-khau-bien-phong", "Trao đổi thông tin về an ninh trật tự tại cửa khẩu", "qt-bien-phong", ["qt-cong-an"], null, true, ["§II.4"]),
        new("doan-cong-tac", "Tổ chức đoàn công tác sang tỉnh Savannakhet", "qt-so-nv", [], "trước ngày 30/9/2027", false, ["§II.5"]),
        new("noi-dung-bien-ban-ghi-nho", "Chuẩn bị nội dung Biên bản ghi nhớ hợp tác giai đoạn 2028-2032", "qt-so-nv", [], null, false, ["§II.5"]),
        new("bo-tri-kinh-phi", "Bố trí kinh phí thực hiện các nhiệm vụ nêu tại mục 1, mục 5", "qt-so-tc", [], null, false, ["§II.6"]),
        new("bao-cao-kinh-phi-hang-quy", "Báo cáo UBND tỉnh tình hình sử dụng kinh phí", "qt-so-tc", [], "Định kỳ hằng quý", false, ["§II.6"]),
        new("phoi-hop-voi-so-ngoai-vu", "Phối hợp chặt chẽ với Sở Ngoại vụ trong quá trình triển khai", "qt-so-nv", [], null, false, ["§II.7"]),
        new("bao-cao-hang-thang", "Báo cáo kết quả về Sở Ngoại vụ để tổng hợp", "qt-cac-so", [], "trước ngày 10 hằng tháng", false, ["§II.7"]),
    ];

    public static SeedNotices.Notice Notice()
    {
        var starts = SectionStarts.Select(s => (s.Name, Start: Text.IndexOf(s.Starts, StringComparison.Ordinal))).ToList();
        if (starts.Any(s => s.Start < 0))
            throw new InvalidOperationException("a section's first words are not in the held-out notice");
        var sections = starts.Select((s, i) => new SeedNotices.Section(s.Name, s.Start, i + 1 < starts.Count ? starts[i + 1].Start : Text.Length)).ToList();
        return new SeedNotices.Notice("held-out (made up, not one of the five)", Text, sections, Tasks, Directory, "qt-ubnd");
    }
}
