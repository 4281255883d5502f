using CoopRegistry.Domain.Directory;

namespace CoopRegistry.Domain.Tests;

public class DirectoryRulesTests
{
    private static Province Ratanakiri() => new()
    {
        Code = "KH-16",
        CountryCode = "KH",
        Names = new DisplayNames("Ratanakiri", "Ratanakiri", "រតនគិរី", "km"),
        TimeZone = "Asia/Phnom_Penh",
    };

    private static Agency Department() => new()
    {
        Id = "vn30-so-ngoai-vu",
        ProvinceCode = "VN-30",
        CountryCode = "VN",
        Kind = AgencyKind.Department,
        Names = new DisplayNames("Sở Ngoại vụ", "Department of Foreign Affairs", null, null),
    };

    [Fact]
    public void Valid_records_have_no_violations()
    {
        Assert.Empty(DirectoryRules.Check(Ratanakiri()));
        Assert.Empty(DirectoryRules.Check(Department()));
    }

    [Theory]
    [InlineData("KH16", "code")]
    [InlineData("VN-30", "code")]
    public void Province_code_must_be_iso_style_and_of_its_country(string code, string field)
    {
        var province = Ratanakiri();
        province.Code = code;
        Assert.Contains(DirectoryRules.Check(province), v => v.Field == field);
    }

    [Fact]
    public void Province_rules_name_each_bad_field()
    {
        var province = Ratanakiri();
        province.CountryCode = "TH";
        province.TimeZone = "Mars/Olympus";
        province.Names = new DisplayNames("", "Ratanakiri", "Ra\u0301", "km");
        var fields = DirectoryRules.Check(province).Select(v => v.Field).ToHashSet();
        Assert.Superset(new HashSet<string> { "country_code", "time_zone", "display_names.vi", "display_names.local" }, fields);
    }

    [Fact]
    public void Agency_needs_a_province_unless_it_is_a_national_body()
    {
        var agency = Department();
        agency.ProvinceCode = null;
        Assert.Contains(DirectoryRules.Check(agency), v => v.Field == "province");
        agency.Kind = AgencyKind.CentralBody;
        Assert.Empty(DirectoryRules.Check(agency));
    }

    [Theory]
    [InlineData("Bad_Id")]
    [InlineData("ab")]
    [InlineData("1abc")]
    public void Agency_id_must_be_a_lowercase_slug(string id)
    {
        var agency = Department();
        agency.Id = id;
        Assert.Contains(DirectoryRules.Check(agency), v => v.Field == "id");
    }

    [Fact]
    public void Agency_cannot_be_its_own_parent()
    {
        var agency = Department();
        agency.ParentId = agency.Id;
        Assert.Contains(DirectoryRules.Check(agency), v => v.Field == "parent");
    }
}
