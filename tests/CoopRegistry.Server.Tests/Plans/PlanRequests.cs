using CoopRegistry.Contracts.V1;
using CoopRegistry.Testing;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Tests.Plans;

/// <summary>Plans as the source documents describe them, for the plan tests.</summary>
internal static class PlanRequests
{
    /// <summary>A plan about Ratanakiri (KH-16) and Attapeu, led by the Department of Foreign Affairs.</summary>
    public static Plan Cambodia(string title = "Kế hoạch tăng cường hợp tác hữu nghị với các tỉnh Đông Bắc Campuchia") => new()
    {
        Title = title,
        Summary = "Hợp tác với Ratanakiri, Stung Treng",
        LeadAgency = "agencies/vn30-so-ngoai-vu",
        CoordinatingAgencies = { "agencies/vn30-so-cong-thuong", "agencies/vn30-ban-quan-ly-khu-kinh-te" },
        PartnerProvinces = { "provinces/KH-16", "provinces/KH-19" },
        Fields = { CooperationField.Investment, CooperationField.BorderGateLogistics },
        StartDate = new Date { Year = 2025, Month = 10, Day = 1 },
        EndDate = new Date { Year = 2026, Month = 12, Day = 31 },
        SubmissionDueDate = new Date { Year = 2025, Month = 9, Day = 21 },
        ApprovingAuthority = "agencies/vn30-ubnd",
        Activities =
        {
            new PlanActivity { Title = "Đoàn công tác sang Ratanakiri sau dịp Quốc khánh 02/9", PartnerProvince = "provinces/KH-16" },
            new PlanActivity
            {
                Title = "Hội nghị xúc tiến đầu tư tại Stung Treng",
                LeadAgency = "agencies/vn30-so-cong-thuong",
                CoordinatingAgencies = { "agencies/vn30-so-ngoai-vu" },
                StartDate = new Date { Year = 2025, Month = 11, Day = 1 },
                EndDate = new Date { Year = 2025, Month = 11, Day = 30 },
            },
        },
        Sources = { new SourceReference { Document = "thong-bao-ket-luan.txt", Section = "II.1" } },
    };

    /// <summary>A plan only Gia Lai and Attapeu (LA-AT) take part in.</summary>
    public static Plan Attapeu(string title = "Kế hoạch triển khai Biên bản ghi nhớ với tỉnh Attapeu") => new()
    {
        Title = title,
        LeadAgency = "agencies/vn30-so-ngoai-vu",
        PartnerProvinces = { "provinces/LA-AT" },
        Fields = { CooperationField.Education },
        ApprovingAuthority = "agencies/vn30-ubnd",
    };

    public static CreatePlanRequest Create(Plan plan, string? requestId = null) =>
        new() { Plan = plan, RequestId = requestId ?? Guid.NewGuid().ToString() };

    /// <summary>An agreement row written directly (the agreement service is built on another branch).</summary>
    public static async Task AddAgreementAsync(ClassDatabase database, string id, string title)
    {
        await using var db = database.CreateContext();
        db.Add(new Domain.Agreements.Agreement
        {
            Id = id,
            HomeProvinceCode = "VN-30",
            Title = title,
            CreateTime = DateTime.UtcNow,
            UpdateTime = DateTime.UtcNow,
            CreatedByClient = "test",
            UpdatedByClient = "test",
        });
        await db.SaveChangesAsync();
    }
}
