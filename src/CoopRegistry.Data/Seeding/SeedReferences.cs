namespace CoopRegistry.Data.Seeding;

/// <summary>Checks what single records cannot: unique keys, references that resolve, no parent cycles.</summary>
internal static class SeedReferences
{
    public static void Check(IReadOnlyList<Province> provinces, IReadOnlyList<Agency> agencies)
    {
        var provinceCodes = Unique(provinces.Select(p => p.Code), SeedReader.ProvincesFile, "code");
        var agencyIds = Unique(agencies.Select(a => a.Id), SeedReader.AgenciesFile, "id");
        var byId = agencies.ToDictionary(a => a.Id);

        foreach (var agency in agencies)
        {
            if (agency.ProvinceCode is not null && !provinceCodes.Contains(agency.ProvinceCode))
                throw new SeedException(SeedReader.AgenciesFile, agency.Id, $"province: '{agency.ProvinceCode}' is not in {SeedReader.ProvincesFile}");
            if (agency.ProvinceCode is not null && !agency.ProvinceCode.StartsWith(agency.CountryCode + "-", StringComparison.Ordinal))
                throw new SeedException(SeedReader.AgenciesFile, agency.Id, $"country: '{agency.CountryCode}' is not the country of {agency.ProvinceCode}");
            if (agency.ParentId is not null && !agencyIds.Contains(agency.ParentId))
                throw new SeedException(SeedReader.AgenciesFile, agency.Id, $"parent: '{agency.ParentId}' is not in {SeedReader.AgenciesFile}");
            CheckNoCycle(agency, byId);
        }
    }

    private static HashSet<string> Unique(IEnumerable<string> keys, string file, string field)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
            if (!seen.Add(key))
                throw new SeedException(file, key, $"{field}: '{key}' appears more than once");
        return seen;
    }

    private static void CheckNoCycle(Agency agency, Dictionary<string, Agency> byId)
    {
        var visited = new HashSet<string> { agency.Id };
        for (var parent = agency.ParentId; parent is not null; parent = byId[parent].ParentId)
            if (!visited.Add(parent))
                throw new SeedException(SeedReader.AgenciesFile, agency.Id, $"parent: the chain of parents loops back at '{parent}'");
    }
}
