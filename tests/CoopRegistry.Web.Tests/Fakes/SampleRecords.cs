namespace CoopRegistry.Web.Tests.Fakes;

/// <summary>Records as the registry returns them, for tests.</summary>
public static class SampleRecords
{
    public static Agreement Agreement(AgreementState state, string home = "provinces/VN-30", CooperationLevel level = CooperationLevel.Province) => new()
    {
        Name = "agreements/vn30-dong-bac-campuchia-mou",
        HomeProvince = home,
        Title = "Biên bản ghi nhớ hợp tác giữa tỉnh Gia Lai và các tỉnh Đông Bắc Campuchia",
        Kind = AgreementKind.MemorandumOfUnderstanding,
        Level = level,
        State = state,
        Etag = "W/\"1\"",
        Parties = { new Party { Province = "provinces/VN-30" }, new Party { Province = "provinces/KH-16" } },
    };

    public static Commitment Commitment(CommitmentState state, string lead = "agencies/vn30-so-cong-thuong") => new()
    {
        Name = "commitments/c1",
        HomeProvince = "provinces/VN-30",
        LeadAgency = lead,
        Task = "Tổ chức hội nghị xúc tiến thương mại",
        State = state,
        Etag = "W/\"1\"",
        Deadline = new Deadline { Text = "chậm nhất ngày 31/12/2027", LastDay = new Google.Type.Date { Year = 2027, Month = 12, Day = 31 } },
    };
}
