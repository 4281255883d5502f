using CoopRegistry.Data.Seeding;

namespace CoopRegistry.Data.Tests;

/// <summary>A bad seed file stops the load with a message naming the file and the record.</summary>
public class SeedValidationTests
{
    [Fact]
    public void The_repository_seeds_are_valid()
    {
        var seeds = SeedReader.Read(Testing.RepositoryPaths.Seeds);
        Assert.Contains(seeds.Provinces, p => p.Code == "VN-30" && p.IsHome);
        Assert.Contains(seeds.Provinces, p => p.Code == "VN-09" && p.IsHome);
        foreach (var partner in new[] { "KH-16", "KH-11", "KH-19", "KH-13", "LA-AT", "LA-XE", "LA-SL", "LA-CH", "CN-GX" })
            Assert.Contains(seeds.Provinces, p => p.Code == partner && !p.IsHome && p.Names.Local is not null);
        Assert.All(seeds.Agencies, a => Assert.NotEmpty(a.Sources));
        // The Prime Minister and the Ministry of Foreign Affairs are in the directory because a law names them.
        Assert.Contains(seeds.Agencies.Single(a => a.Id == "vn-thu-tuong-chinh-phu").Sources,
            s => s.Kind == Domain.Directory.SourceKind.Rule && s.Document == "Luật Thỏa thuận quốc tế 70/2020/QH14");
        Assert.All(seeds.Agencies.SelectMany(a => a.Sources).Where(s => s.Document == "DOMAIN.md"), s => Assert.Equal(Domain.Directory.SourceKind.PublicFact, s.Kind));
    }

    [Theory]
    [InlineData("agencies.json", "\"province\": \"VN-30\"", "\"province\": \"VN-99\"", "province: 'VN-99' is not in provinces.json")]
    [InlineData("agencies.json", "\"kind\": \"DEPARTMENT\"", "\"kind\": \"SHIPYARD\"", "kind: 'SHIPYARD' is not one of")]
    [InlineData("agencies.json", "\"country\": \"VN\"", "\"countryy\": \"VN\"", "not valid seed JSON")]
    [InlineData("provinces.json", "\"code\": \"KH-16\"", "\"code\": \"KH16\"", "code: 'KH16' is not an ISO 3166-2 style code")]
    [InlineData("provinces.json", "\"time_zone\": \"Asia/Phnom_Penh\"", "\"time_zone\": \"Asia/Nowhere\"", "time_zone")]
    [InlineData("agencies.json", "\"kind\": \"public_fact\"", "\"kind\": \"rumour\"", "sources: kind 'rumour' is not one of")]
    public void A_bad_record_names_the_file_record_and_field(string file, string find, string replace, string expected)
    {
        var folder = SeedFolders.CopyOfRepositorySeeds();
        SeedFolders.Edit(folder, file, json => ReplaceFirst(json, find, replace));
        var error = Assert.Throws<SeedException>(() => SeedReader.Read(folder));
        Assert.Contains(file, error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_duplicate_id_is_refused()
    {
        var folder = SeedFolders.CopyOfRepositorySeeds();
        var first = SeedReader.Read(folder).Agencies[0].Id;
        var second = SeedReader.Read(folder).Agencies[^1].Id;
        SeedFolders.Edit(folder, SeedReader.AgenciesFile, json => ReplaceFirst(json, $"\"id\": \"{second}\"", $"\"id\": \"{first}\""));
        var error = Assert.Throws<SeedException>(() => SeedReader.Read(folder));
        Assert.Contains($"'{first}' appears more than once", error.Message);
    }

    [Fact]
    public void Broken_json_names_the_line()
    {
        var folder = SeedFolders.CopyOfRepositorySeeds();
        SeedFolders.Edit(folder, SeedReader.ProvincesFile, json => json.Replace("\"home\": true", "\"home\": yes"));
        var error = Assert.Throws<SeedException>(() => SeedReader.Read(folder));
        Assert.Matches("provinces.json: not valid seed JSON \\(line \\d+", error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var folder = SeedFolders.CopyOfRepositorySeeds();
        File.Delete(Path.Combine(folder, SeedReader.AgenciesFile));
        Assert.Contains("agencies.json: file not found", Assert.Throws<SeedException>(() => SeedReader.Read(folder)).Message);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + replace + text[(at + find.Length)..];
    }
}
