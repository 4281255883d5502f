using System.Text.Json;
using CoopRegistry.Data.Records;
using CoopRegistry.Data.Seeding;
using CoopRegistry.Server.Seeding;
using CoopRegistry.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Model = CoopRegistry.Domain.Directives.Directive;

namespace CoopRegistry.Server.Tests.Directives;

/// <summary>The migrate path loads seeds/directives.json once; a bad record seed file names file, record and field and writes nothing.</summary>
public class DirectiveSeedTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private async Task<IReadOnlyList<RecordSeedReport>> MigrateAsync(string seeds)
    {
        // Migrate runs as the owner (here the superuser), as `./coop up` runs it; the registry under test runs as the app role.
        await using var factory = new RegistryFactory(registry.ConnectionString);
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<RegistrySeeding>().MigrateAndSeedAsync(seeds, CancellationToken.None)).Records;
    }

    [Fact]
    public async Task Migrate_adds_the_directive_seeds_once_and_keeps_later_changes()
    {
        var names = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "directives.json"))).RootElement
            .EnumerateArray().Select(e => e.GetProperty("name").GetString()!["directives/".Length..]).ToList();

        var first = Assert.Single(await MigrateAsync(RepositoryPaths.Seeds), r => r.File == "directives.json");
        Assert.Equal((names.Count, 0), (first.Added, first.AlreadyPresent));

        await using (var db = registry.CreateContext())
        {
            var stored = await db.Set<Model>().Where(d => names.Contains(d.Id)).ToListAsync();
            Assert.Equal(names.Count, stored.Count);
            Assert.All(stored, d => Assert.Equal(RecordStore.SeedClient, d.CreatedByClient));
            Assert.All(stored, d => Assert.NotEmpty(d.Sources));
            Assert.All(stored, d => Assert.Contains(d.Subject, d.SearchDocument));
            // Lạng Sơn's notice left its number blank ("Số: /TB-VP"); it is kept as written.
            Assert.Contains(stored, d => d.HomeProvinceCode == "VN-09" && d.Number == "/TB-VP");
            var changed = stored.First(d => d.HomeProvinceCode == "VN-30");
            changed.Summary = "Sửa bởi Sở Ngoại vụ";
            await db.SaveChangesAsync();
        }

        var second = Assert.Single(await MigrateAsync(RepositoryPaths.Seeds), r => r.File == "directives.json");
        Assert.Equal((0, names.Count), (second.Added, second.AlreadyPresent));
        await using var after = registry.CreateContext();
        Assert.Equal(1, await after.Set<Model>().CountAsync(d => d.Summary == "Sửa bởi Sở Ngoại vụ"));
    }

    private const string Good = """
        { "name": "directives/seed-good", "homeProvince": "provinces/VN-30", "kind": "DIRECTIVE_KIND_DECISION",
          "issuer": "agencies/vn30-ubnd", "subject": "Quyết định thử", "sources": [{ "document": "doc.txt", "section": "§1" }] }
        """;

    [Theory]
    [InlineData("""{ "name": "directives/seed-bad", "homeProvince": "provinces/VN-30", "kind": "DIRECTIVE_KIND_DECISION", "issuer": "agencies/nobody", "subject": "x", "sources": [{ "document": "d", "section": "s" }] }""", "directive.issuer")]
    [InlineData("""{ "name": "directives/seed-bad", "homeProvince": "provinces/VN-30", "kind": "DIRECTIVE_KIND_DECISION", "issuer": "agencies/vn30-ubnd", "sources": [{ "document": "d", "section": "s" }] }""", "directive.subject")]
    [InlineData("""{ "name": "directives/seed-bad", "homeProvince": "provinces/KH-16", "kind": "DIRECTIVE_KIND_DECISION", "issuer": "agencies/vn30-ubnd", "subject": "x", "sources": [{ "document": "d", "section": "s" }] }""", "home_province")]
    [InlineData("""{ "name": "directives/seed-bad", "homeProvince": "provinces/VN-30", "kind": "DIRECTIVE_KIND_DECISION", "issuer": "agencies/vn30-ubnd", "subject": "x" }""", "sources")]
    [InlineData("""{ "name": "directives/seed-bad", "titel": "x" }""", "titel")]
    public async Task A_bad_record_names_file_record_and_field_and_nothing_is_written(string bad, string field)
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("coop-seeds-").FullName;
        try
        {
            foreach (var file in new[] { SeedReader.ProvincesFile, SeedReader.AgenciesFile, SeedReader.HolidaysFile })
                File.Copy(Path.Combine(RepositoryPaths.Seeds, file), Path.Combine(folder, file));
            await File.WriteAllTextAsync(Path.Combine(folder, "directives.json"), $"[{Good},\n{bad}]");

            var error = await Assert.ThrowsAsync<SeedException>(() => MigrateAsync(folder));

            Assert.Equal("directives.json", error.File);
            Assert.Equal("#2 (directives/seed-bad)", error.Record);
            Assert.Contains(field, error.Message);
            await using var db = registry.CreateContext();
            Assert.False(await db.Set<Model>().AnyAsync(d => d.Id == "seed-good" || d.Id == "seed-bad"));
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}
