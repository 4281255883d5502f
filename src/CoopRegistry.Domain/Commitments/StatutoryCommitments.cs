using CoopRegistry.Domain.Agreements;

namespace CoopRegistry.Domain.Commitments;

/// <summary>
/// Commitments the registry creates by itself because a law demands them. Law 70/2020/QH14 on
/// International Agreements, Art. 19: within 15 days after signing an agreement in the provincial
/// People's Committee's name, report to the Prime Minister in writing and send a copy to the
/// Ministry of Foreign Affairs. The Department of Foreign Affairs, the province's focal point for
/// international agreements, leads it.
/// </summary>
public static class StatutoryCommitments
{
    public const string Law70Article19 = "Luật 70/2020/QH14, Điều 19";
    public const string ReportToPrimeMinisterTask = "Báo cáo Thủ tướng Chính phủ và gửi bản sao cho Bộ Ngoại giao";
    public const string PrimeMinisterAgencyId = "vn-thu-tuong-chinh-phu";

    /// <summary>Days after signing by which the report is due (the signing day itself not counted).</summary>
    public const int ReportDays = 15;

    /// <summary>Art. 19 applies to a signed agreement at province level (in the People's Committee's name); not to a department's or a commune's.</summary>
    public static bool ReportAfterSigningApplies(Agreement agreement) =>
        agreement.Level == AgreementLevel.Province && agreement.SigningDate is not null;

    /// <summary>The Art. 19 report for <paramref name="agreement"/>, led by <paramref name="foreignAffairs"/> (the home province's Department of Foreign Affairs).</summary>
    public static Commitment ReportAfterSigning(Agreement agreement, Agency foreignAffairs)
    {
        var signed = agreement.SigningDate ?? throw new InvalidOperationException($"{agreement.ResourceName} is not signed");
        return new Commitment
        {
            HomeProvinceCode = agreement.HomeProvinceCode,
            SourceCollection = RecordCollections.Agreements,
            SourceId = agreement.Id,
            LeadAgencyId = foreignAffairs.Id,
            ResponsiblePerson = $"Giám đốc {foreignAffairs.ShortName ?? foreignAffairs.Names.Vi}",
            Task = ReportToPrimeMinisterTask,
            Description = $"Trong vòng {ReportDays} ngày kể từ ngày ký ({VietnameseDates.Format(signed)}): {agreement.Title}",
            Deliverable = "Báo cáo bằng văn bản",
            Deadline = new Deadline.OnOrBefore(signed.AddDays(ReportDays)),
            ApprovingAuthorityId = PrimeMinisterAgencyId,
            StartDate = signed,
            StatutoryBasis = Law70Article19,
            Sources = [new SourceReference("Luật Thỏa thuận quốc tế 70/2020/QH14", "Điều 19", SourceKind.Rule)],
        };
    }
}
