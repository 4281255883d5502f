using CoopRegistry.Contracts.V1;
using Google.Rpc;

namespace CoopRegistry.Server.Tests;

public class DirectoryTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private readonly DirectoryService.DirectoryServiceClient directory = new(registry.Channel);

    [Fact]
    public async Task Lists_home_and_partner_provinces_with_names_in_three_scripts()
    {
        var provinces = (await directory.ListProvincesAsync(new ListProvincesRequest { PageSize = 100 })).Provinces.ToDictionary(p => p.Code);

        Assert.True(provinces["VN-30"].Home);
        Assert.True(provinces["VN-09"].Home);
        Assert.Equal("provinces/VN-30", provinces["VN-30"].Name);
        foreach (var code in new[] { "KH-16", "KH-11", "KH-19", "KH-13", "LA-AT", "LA-XE", "LA-SL", "LA-CH", "CN-GX" })
            Assert.False(provinces[code].Home, code);

        var ratanakiri = provinces["KH-16"].DisplayNames;
        Assert.Equal(("Ratanakiri", "km"), (ratanakiri.En, ratanakiri.LocalLanguage));
        Assert.All(ratanakiri.Local.Where(char.IsLetter), c => Assert.InRange(c, '\u1780', '\u17FF'));
        var attapeu = provinces["LA-AT"].DisplayNames;
        Assert.Equal("lo", attapeu.LocalLanguage);
        Assert.All(attapeu.Local.Where(char.IsLetter), c => Assert.InRange(c, '\u0E80', '\u0EFF'));
        Assert.Equal("Gia Lai", provinces["VN-30"].DisplayNames.Vi);
        Assert.NotEmpty(provinces["VN-30"].Sources);
    }

    [Fact]
    public async Task Pages_through_every_agency_once_each()
    {
        var seen = new List<string>();
        var request = new ListAgenciesRequest { PageSize = 7, OrderBy = "display_names.en desc" };
        int total;
        do
        {
            var page = await directory.ListAgenciesAsync(request);
            total = page.TotalSize;
            Assert.True(page.Agencies.Count <= 7);
            seen.AddRange(page.Agencies.Select(a => a.Name));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken != "");

        Assert.True(total > 20);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task Filters_provinces_by_country_and_home()
    {
        var cambodian = await directory.ListProvincesAsync(new ListProvincesRequest { Filter = "country_code = \"KH\"" });
        Assert.True(cambodian.Provinces.Count >= 4);
        Assert.All(cambodian.Provinces, p => Assert.Equal("KH", p.CountryCode));

        var home = await directory.ListProvincesAsync(new ListProvincesRequest { Filter = "home = true" });
        Assert.Equal(["VN-09", "VN-30"], home.Provinces.Select(p => p.Code).Order());
    }

    [Fact]
    public async Task Filters_combine_with_or_not_and_parentheses()
    {
        var response = await directory.ListProvincesAsync(new ListProvincesRequest { Filter = "country_code = \"KH\" OR home = true", PageSize = 100 });
        Assert.Contains(response.Provinces, p => p.Code == "VN-30");
        Assert.All(response.Provinces, p => Assert.True(p.CountryCode == "KH" || p.Home, p.Code));
        Assert.Equal(response.Provinces.Count, response.TotalSize);

        var neither = await directory.ListProvincesAsync(new ListProvincesRequest { Filter = "NOT (country_code = \"KH\" OR home = true)", PageSize = 100 });
        Assert.NotEmpty(neither.Provinces);
        Assert.All(neither.Provinces, p => Assert.False(p.CountryCode == "KH" || p.Home, p.Code));
    }

    [Fact]
    public async Task A_bare_phrase_searches_names_without_accents()
    {
        var response = await directory.ListProvincesAsync(new ListProvincesRequest { Filter = "\"gia lai\"" });
        Assert.Equal(["VN-30"], response.Provinces.Select(p => p.Code));
        var khmer = await directory.ListProvincesAsync(new ListProvincesRequest { Filter = "\"រតនគិរី\"" });
        Assert.Equal(["KH-16"], khmer.Provinces.Select(p => p.Code));
        var agencies = await directory.ListAgenciesAsync(new ListAgenciesRequest { Filter = "\"so ngoai vu\" province = \"provinces/VN-30\"" });
        Assert.Contains(agencies.Agencies, a => a.DisplayNames.Vi.Contains("Ngoại vụ"));
    }

    [Fact]
    public async Task Filters_agencies_by_province_and_kind()
    {
        var response = await directory.ListAgenciesAsync(new ListAgenciesRequest
        {
            Filter = "province = \"provinces/VN-30\" AND kind = AGENCY_KIND_DEPARTMENT",
            PageSize = 1000,
        });
        Assert.NotEmpty(response.Agencies);
        Assert.All(response.Agencies, a => Assert.Equal(("provinces/VN-30", AgencyKind.Department), (a.Province, a.Kind)));
        Assert.Contains(response.Agencies, a => a.DisplayNames.Vi.Contains("Ngoại vụ"));

        var notGiaLai = await directory.ListAgenciesAsync(new ListAgenciesRequest { Filter = "province != \"provinces/VN-30\"", PageSize = 1000 });
        Assert.DoesNotContain(notGiaLai.Agencies, a => a.Province == "provinces/VN-30");
        Assert.Contains(notGiaLai.Agencies, a => a.Kind == AgencyKind.CentralBody && a.Province == "");
    }

    [Fact]
    public async Task Gets_a_province_and_an_agency_by_name()
    {
        var province = (await directory.GetProvinceAsync(new GetProvinceRequest { Name = "provinces/LA-AT" })).Province;
        Assert.Equal(("LA", "Asia/Vientiane"), (province.CountryCode, province.TimeZone));

        var departments = await directory.ListAgenciesAsync(new ListAgenciesRequest { Filter = "kind = AGENCY_KIND_DEPARTMENT AND province = \"provinces/VN-30\"" });
        var withParent = departments.Agencies.First(a => a.Parent != "");
        var agency = (await directory.GetAgencyAsync(new GetAgencyRequest { Name = withParent.Name })).Agency;
        Assert.Equal(withParent, agency);
        var parent = (await directory.GetAgencyAsync(new GetAgencyRequest { Name = agency.Parent })).Agency;
        Assert.Equal("provinces/VN-30", parent.Province);
    }

    [Fact]
    public async Task An_unknown_name_is_not_found_with_its_resource_name()
    {
        var status = await RpcAssert.FailsAsync(StatusCode.NotFound,
            async () => await directory.GetProvinceAsync(new GetProvinceRequest { Name = "provinces/XX-99" }));
        Assert.Equal("provinces/XX-99", status.GetDetail<ResourceInfo>()?.ResourceName);
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await directory.GetAgencyAsync(new GetAgencyRequest { Name = "agencies/nobody" }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("VN-30")]
    [InlineData("agencies/VN-30")]
    public async Task A_malformed_name_is_invalid_naming_the_field(string name) =>
        await RpcAssert.InvalidFieldAsync("name", async () => await directory.GetProvinceAsync(new GetProvinceRequest { Name = name }));

    [Theory]
    [InlineData("colour = \"red\"")]
    [InlineData("country_code = KH")]
    [InlineData("country_code = \"KH\" AND (home = true")]
    [InlineData("home = maybe")]
    [InlineData("country_code = \"KH\"; DROP TABLE registry.provinces")]
    public async Task A_bad_filter_is_invalid_naming_filter(string filter) =>
        await RpcAssert.InvalidFieldAsync("filter", async () => await directory.ListProvincesAsync(new ListProvincesRequest { Filter = filter }));

    [Fact]
    public async Task A_province_filter_that_is_not_a_province_name_is_invalid() =>
        await RpcAssert.InvalidFieldAsync("filter", async () => await directory.ListAgenciesAsync(new ListAgenciesRequest { Filter = "province = \"VN-30\"" }));

    [Fact]
    public async Task Paging_arguments_are_checked()
    {
        await RpcAssert.InvalidFieldAsync("page_size", async () => await directory.ListProvincesAsync(new ListProvincesRequest { PageSize = -5 }));
        await RpcAssert.InvalidFieldAsync("order_by", async () => await directory.ListProvincesAsync(new ListProvincesRequest { OrderBy = "population" }));
        var first = await directory.ListProvincesAsync(new ListProvincesRequest { PageSize = 2, Filter = "home = false" });
        await RpcAssert.InvalidFieldAsync("page_token", async () =>
            await directory.ListProvincesAsync(new ListProvincesRequest { PageSize = 2, PageToken = first.NextPageToken }));
    }
}
