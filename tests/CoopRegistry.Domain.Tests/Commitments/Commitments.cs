using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Records;

namespace CoopRegistry.Domain.Tests.Commitments;

/// <summary>A complete, valid commitment to vary in tests.</summary>
internal static class Commitments
{
    public static readonly DateOnly Today = new(2026, 5, 12);

    public static Commitment Valid(Deadline? deadline = null) => new()
    {
        Id = "c1",
        HomeProvinceCode = "VN-30",
        SourceCollection = RecordCollections.Directives,
        SourceId = "tb-123",
        SourceSection = "mục 2",
        LeadAgencyId = "vn30-so-cong-thuong",
        CoordinatingAgencyIds = ["vn30-so-tai-chinh", "vn30-so-ngoai-vu"],
        ResponsiblePerson = "Giám đốc Sở Công Thương",
        Task = "Tổ chức hội nghị xúc tiến đầu tư",
        Deliverable = "Báo cáo gửi UBND tỉnh",
        Deadline = deadline ?? new Deadline.OnOrBefore(new DateOnly(2026, 6, 30)),
        ApprovingAuthorityId = "vn30-ubnd",
        StartDate = Today,
    };
}
