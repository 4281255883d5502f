using CoopRegistry.Data.Seeding;
using CoopRegistry.Testing;

namespace CoopRegistry.Data.Tests;

/// <summary>The repository's seeds load into a migrated database, and loading again changes nothing.</summary>
public class SeedLoadingTests(ClassDatabase database) : IClassFixture<ClassDatabase>
{
    [Fact]
    public async Task The_template_holds_every_seeded_province_and_agency()
    {
        var seeds = SeedReader.Read(RepositoryPaths.Seeds);
        await using var db = database.CreateContext();
        Assert.Equal(seeds.Provinces.Count, await db.Provinces.CountAsync());
        Assert.Equal(seeds.Agencies.Count, await db.Agencies.CountAsync());
    }

    [Fact]
    public async Task Loading_the_same_seeds_again_changes_nothing()
    {
        await using var db = database.CreateContext();
        var report = await new RegistryMigrator(db).MigrateAndSeedAsync(RepositoryPaths.Seeds, CancellationToken.None);
        Assert.Equal(0, report.Added);
        Assert.Equal(0, report.Updated);
        Assert.True(report.Unchanged > 0);
    }

    [Fact]
    public async Task A_changed_seed_record_is_updated_in_place()
    {
        var folder = SeedFolders.CopyOfRepositorySeeds();
        SeedFolders.Edit(folder, SeedReader.ProvincesFile, json => json.Replace("\"en\": \"Ratanakiri\",", "\"en\": \"Ratanakiri (renamed)\","));
        var seeds = SeedReader.Read(folder);
        Assert.Contains(seeds.Provinces, p => p.Names.En == "Ratanakiri (renamed)");

        await using var db = database.CreateContext();
        var report = await new SeedLoader(db).LoadAsync(seeds, CancellationToken.None);
        Assert.Equal((0, 1), (report.Added, report.Updated));
        await using var check = database.CreateContext();
        Assert.Equal("Ratanakiri (renamed)", (await check.Provinces.SingleAsync(p => p.Code == "KH-16")).Names.En);
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var db = database.CreateContext();
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: run dotnet ef migrations add");
    }
}
