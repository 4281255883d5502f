using CoopRegistry.Domain.Directory;

namespace CoopRegistry.Testing.Generation;

/// <summary>
/// The generated provinces and agencies, added to those the seeds loaded: home provinces up to
/// the wanted count (each with a People's Committee and the departments of <see cref="Phrases"/>),
/// partner provinces up to theirs (each with its provincial authority).
/// </summary>
internal sealed class DatasetDirectory
{
    public const string GiaLai = "VN-30";

    public List<Province> NewProvinces { get; } = [];
    public List<Agency> NewAgencies { get; } = [];
    public List<string> HomeProvinces { get; } = [];
    public List<string> PartnerProvinces { get; } = [];
    /// <summary>Departments per home province (lead agencies of commitments).</summary>
    public Dictionary<string, List<string>> Departments { get; } = [];
    public Dictionary<string, string> AgencyProvince { get; } = [];

    public static DatasetDirectory Build(DatasetSize size, IReadOnlyList<Province> provinces, IReadOnlyList<Agency> agencies)
    {
        var directory = new DatasetDirectory();
        foreach (var agency in agencies.Where(a => a.ProvinceCode is not null))
            directory.AgencyProvince[agency.Id] = agency.ProvinceCode!;
        // Ordered, so the same seed draws the same rows on any database; Gia Lai first, so
        // agreement 0 (ga0000000) is Gia Lai's, which the benchmark reads and cites.
        foreach (var home in provinces.Where(p => p.IsHome).OrderBy(p => p.Code == GiaLai ? 0 : 1).ThenBy(p => p.Code, StringComparer.Ordinal))
            directory.AddHome(home.Code, agencies.Where(a => a.ProvinceCode == home.Code && a.Kind == AgencyKind.Department).Select(a => a.Id).Order(StringComparer.Ordinal));
        for (var i = 1; directory.HomeProvinces.Count < size.HomeProvinces; i++)
            directory.AddGeneratedHome($"VN-G{i:00}");
        directory.PartnerProvinces.AddRange(provinces.Where(p => !p.IsHome).Select(p => p.Code).Order(StringComparer.Ordinal));
        for (var i = 1; directory.PartnerProvinces.Count < size.PartnerProvinces; i++)
            directory.AddGeneratedPartner(i % 2 == 0 ? $"LA-G{i:00}" : $"KH-G{i:00}");
        return directory;
    }

    private void AddHome(string code, IEnumerable<string> departments)
    {
        HomeProvinces.Add(code);
        Departments[code] = [.. departments];
    }

    private void AddGeneratedHome(string code)
    {
        NewProvinces.Add(new Province { Code = code, CountryCode = "VN", IsHome = true, TimeZone = "Asia/Ho_Chi_Minh", Names = new($"Tỉnh {code}", $"Province {code}", null, null) });
        var prefix = code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        Add(new Agency { Id = $"{prefix}-ubnd", ProvinceCode = code, CountryCode = "VN", Kind = AgencyKind.Administration, Names = new($"UBND tỉnh {code}", $"People's Committee of {code}", null, null) });
        var departments = Phrases.Departments.Select(d => $"{prefix}-{d}").ToList();
        foreach (var department in departments)
            Add(new Agency { Id = department, ProvinceCode = code, CountryCode = "VN", Kind = AgencyKind.Department, Names = new($"{department} ({code})", department, null, null) });
        AddHome(code, departments);
    }

    private void AddGeneratedPartner(string code)
    {
        var country = code[..2];
        NewProvinces.Add(new Province { Code = code, CountryCode = country, IsHome = false, TimeZone = country == "KH" ? "Asia/Phnom_Penh" : "Asia/Vientiane", Names = new($"Tỉnh {code}", $"Province {code}", null, null) });
        Add(new Agency { Id = $"{code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()}-chinh-quyen-tinh", ProvinceCode = code, CountryCode = country, Kind = AgencyKind.Administration, Names = new($"Chính quyền tỉnh {code}", $"Provincial authority of {code}", null, null) });
        PartnerProvinces.Add(code);
    }

    private void Add(Agency agency)
    {
        NewAgencies.Add(agency);
        AgencyProvince[agency.Id] = agency.ProvinceCode!;
    }
}
