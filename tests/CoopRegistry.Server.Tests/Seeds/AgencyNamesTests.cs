using CoopRegistry.Testing;

namespace CoopRegistry.Server.Tests.Seeds;

/// <summary>How the fidelity check decides that a section names an agency (<see cref="AgencyNames"/>).</summary>
public class AgencyNamesTests
{
    private static readonly IReadOnlyDictionary<string, NamedAgency> Agencies = AgencyNames.Read(RepositoryPaths.Seeds);

    private static bool Named(string agency, string text, bool ocr = false) => AgencyNames.IsNamed(Agencies["agencies/" + agency], text, ocr);

    [Theory]
    [InlineData("vn30-ban-quan-ly-khu-kinh-te", "i) Ban Quản lý Khu kinh tế", true)] // an alias
    [InlineData("vn30-ban-quan-ly-khu-kinh-te", "phối hợp với Ban quản lý Khu Kinh tế tỉnh rà soát", true)] // case
    [InlineData("vn09-bo-chi-huy-bo-doi-bien-phong", "Ban Chỉ huy Bộ đội Biên phòng, Công an tỉnh", true)]
    [InlineData("vn09-thue-tinh", "Chi cục Hải quan khu vực VI, Thuê tỉnh, Ban Chỉ huy", true)] // the document's typo folds to the name
    [InlineData("vn30-so-tai-chinh", "giao Sở Tài chính tham mưu bố trí kinh phí", true)]
    [InlineData("vn30-so-tai-chinh", "Sở Tài nguyên", false)]
    [InlineData("vn30-so-noi-vu", "Sở Nội vụ", true)]
    [InlineData("vn30-so-noi-vu", "Sở Ngoại vụ", false)]
    public void Names_short_names_and_aliases_match_whole_words_ignoring_case_and_diacritics(string agency, string text, bool expected) =>
        Assert.Equal(expected, Named(agency, text));

    [Theory]
    [InlineData("phối hợp với các Sở: Xây dựng, Công Thương, Nông nghiệp và Môi trường; Chi cục Hải quan", true)]
    [InlineData("4. Các Sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường", true)]
    [InlineData("xây dựng kế hoạch và tổ chức các sự kiện", false)] // the verb, not the department
    public void A_department_in_a_list_headed_cac_So_is_named(string text, bool expected) =>
        Assert.Equal(expected, Named("vn30-so-xay-dung", text));

    [Theory]
    [InlineData("3. Đối với các sở, ban, ngành, địa phương: - Phối hợp chặt chẽ", true)]
    [InlineData("Chủ trì, phối hợp với các sở, ngành, địa phương tham mưu UBND tỉnh", true)]
    [InlineData("Các sở, ngành, địa phương và đơn vị liên quan cần nắm vững", true)] // "liên quan" qualifies the units only
    [InlineData("chủ động phối hợp với các sở, ngành, địa phương liên quan nghiên cứu", false)]
    [InlineData("Các sở, ban, ngành, đơn vị liên quan chủ động phối hợp", false)]
    [InlineData("phối hợp các cơ quan chức năng tổ chức nhóm công tác", false)]
    public void A_collective_qualified_by_lien_quan_or_chuc_nang_names_nobody(string text, bool expected) =>
        Assert.Equal(expected, Named("vn30-cac-so-ban-nganh", text));

    [Theory]
    [InlineData("vn30-so-tai-chinh", true)]
    [InlineData("vn30-so-cong-thuong", true)]
    [InlineData("vn30-bo-chi-huy-quan-su", true)]
    [InlineData("vn30-ban-quan-ly-khu-kinh-te", true)]
    [InlineData("vn30-so-tu-phap", false)]
    [InlineData("vn30-so-y-te", false)]
    [InlineData("vn30-so-noi-vu", false)]
    public void The_OCR_scan_names_agencies_despite_its_misread_letters_but_only_those_it_names(string agency, bool expected)
    {
        // §2.a of the scan of 12/9/2025, as scanned.
        const string Section = "Giao S¢ Ngoai vu chu tri, phdi hop v6i Ban Quan 1y Khu kinh té, S¢ Tai chinh, S& Cong Thuong, "
            + "Cong an tinh, B Chi huy Quan sy tinh va cac co quan lién quan trao ddi";
        Assert.Equal(expected, Named(agency, Section, ocr: true));
    }

    [Fact]
    public void Only_the_OCR_scan_is_read_with_tolerance() =>
        Assert.False(Named("vn30-so-tai-chinh", "S¢ Tai chinh"));
}
