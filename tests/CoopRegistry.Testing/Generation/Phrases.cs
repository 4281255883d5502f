namespace CoopRegistry.Testing.Generation;

/// <summary>Vietnamese task phrases for generated records: realistic text for the accent-insensitive search benchmark.</summary>
internal static class Phrases
{
    public static readonly string[] Verbs =
    [
        "Tổ chức", "Xây dựng", "Triển khai", "Phối hợp tổ chức", "Hoàn thiện", "Rà soát", "Đề xuất", "Báo cáo kết quả",
        "Chuẩn bị nội dung", "Hướng dẫn", "Theo dõi, đôn đốc", "Đánh giá",
    ];

    public static readonly string[] Objects =
    [
        "hội nghị xúc tiến đầu tư", "chương trình hợp tác thương mại", "đoàn công tác", "kế hoạch phát triển cửa khẩu",
        "hội chợ thương mại biên giới", "dự án hạ tầng logistics", "chương trình đào tạo nguồn nhân lực", "hợp tác y tế biên giới",
        "kết nối doanh nghiệp", "hồ sơ mời gọi đầu tư", "tuyến vận tải hàng hóa", "chương trình giao lưu văn hóa",
        "hợp tác nông nghiệp công nghệ cao", "diễn đàn du lịch", "cơ chế phối hợp quản lý biên giới",
    ];

    public static readonly string[] Places = ["tại cửa khẩu Lệ Thanh", "với tỉnh bạn", "tại Khu kinh tế", "trên địa bàn tỉnh", "tại Phnôm Pênh", "tại Viêng Chăn"];

    public static string Task(Random random) =>
        $"{Verbs[random.Next(Verbs.Length)]} {Objects[random.Next(Objects.Length)]} {Places[random.Next(Places.Length)]}";

    public static readonly string[] Departments =
    [
        "so-ngoai-vu", "so-cong-thuong", "so-tai-chinh", "so-nong-nghiep", "so-xay-dung", "so-y-te", "so-giao-duc",
        "so-van-hoa", "so-noi-vu", "so-tu-phap", "so-khoa-hoc", "cong-an-tinh", "bo-chi-huy-quan-su", "ban-quan-ly-kkt",
    ];
}
