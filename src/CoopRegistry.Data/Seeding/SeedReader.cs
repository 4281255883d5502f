namespace CoopRegistry.Data.Seeding;

/// <summary>
/// Reads and validates the seed files. Every record is checked by the domain rules and every
/// reference (province, parent) must resolve; the first problem stops the load, naming the file
/// and the record.
/// </summary>
public static class SeedReader
{
    public const string ProvincesFile = "provinces.json";
    public const string AgenciesFile = "agencies.json";
    public const string HolidaysFile = HolidaySeeds.File;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static SeedSet Read(string folder)
    {
        var provinces = Parse<ProvinceSeedFile>(folder, ProvincesFile).Provinces
            .Select((seed, index) => ToProvince(seed, index)).ToList();
        var agencies = Parse<AgencySeedFile>(folder, AgenciesFile).Agencies
            .Select((seed, index) => ToAgency(seed, index)).ToList();
        SeedReferences.Check(provinces, agencies);
        var holidays = HolidaySeeds.Convert(Parse<HolidaySeedFile>(folder, HolidaySeeds.File));
        return new SeedSet(provinces, agencies, holidays);
    }

    private static T Parse<T>(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
            throw new SeedException(path, null, "file not found");
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new SeedException(path, null, "file is empty");
        }
        catch (JsonException e)
        {
            throw new SeedException(path, null, $"not valid seed JSON (line {e.LineNumber + 1}, {e.Path}): {e.Message}");
        }
    }

    private static Province ToProvince(ProvinceSeed seed, int index)
    {
        var province = new Province
        {
            Code = seed.Code,
            CountryCode = seed.Country,
            IsHome = seed.Home,
            Names = ToNames(seed.Names, seed.Country),
            TimeZone = seed.TimeZone,
            Sources = SeedSources.Read(seed.Sources, ProvincesFile, $"#{index + 1} ({seed.Code})"),
        };
        Validate(ProvincesFile, $"#{index + 1} ({seed.Code})", DirectoryRules.Check(province), province.Sources);
        return province;
    }

    private static Agency ToAgency(AgencySeed seed, int index)
    {
        var record = $"#{index + 1} ({seed.Id})";
        if (!AgencyKinds.TryParse(seed.Kind, out var kind))
            throw new SeedException(AgenciesFile, record, $"kind: '{seed.Kind}' is not one of {string.Join(", ", AgencyKinds.Names)}");
        var agency = new Agency
        {
            Id = seed.Id,
            ProvinceCode = seed.Province,
            CountryCode = seed.Country,
            Kind = kind,
            Names = ToNames(seed.Names, seed.Country),
            ShortName = seed.ShortName,
            Aliases = seed.Aliases ?? [],
            ParentId = seed.Parent,
            Sources = SeedSources.Read(seed.Sources, AgenciesFile, record),
        };
        Validate(AgenciesFile, record, DirectoryRules.Check(agency), agency.Sources);
        return agency;
    }

    private static void Validate(string file, string record, IReadOnlyList<Domain.Errors.FieldViolation> violations, List<SourceReference> sources)
    {
        if (violations.Count > 0)
            throw new SeedException(file, record, string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")));
        if (sources.Count == 0 || sources.Any(s => string.IsNullOrWhiteSpace(s.Document) || string.IsNullOrWhiteSpace(s.Section)))
            throw new SeedException(file, record, "sources: every record cites at least one document and section");
    }

    private static DisplayNames ToNames(NamesSeed names, string country) =>
        new(names.Vi, names.En, string.IsNullOrWhiteSpace(names.Local) ? null : names.Local,
            string.IsNullOrWhiteSpace(names.Local) ? null : LocalLanguage(country));

    /// <summary>The language of a place's own script, by country.</summary>
    private static string? LocalLanguage(string country) => country switch
    {
        "VN" => "vi",
        "KH" => "km",
        "LA" => "lo",
        "CN" => "zh",
        _ => null,
    };
}
