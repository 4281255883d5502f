using System.Text.Json;
using CoopRegistry.Data.Records;
using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Deadlines;
using CoopRegistry.Server.Seeding;
using CoopRegistry.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Server.Tests.Seeds;

/// <summary>
/// The migrate path loads seeds/commitments.json after the records they come from: every task of the
/// five documents is stored once, with its deadline read and its facts (due date, overdue instant,
/// recurring) kept for queries.
/// </summary>
public class CommitmentSeedLoadTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private async Task<IReadOnlyList<RecordSeedReport>> MigrateAsync(string seeds)
    {
        // Migrate runs as the owner (here the superuser), as `./coop up` runs it; the registry under test runs as the app role.
        await using var factory = new RegistryFactory(registry.ConnectionString);
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<RegistrySeeding>().MigrateAndSeedAsync(seeds, CancellationToken.None)).Records;
    }

    [Fact]
    public async Task Migrate_loads_every_seeded_commitment_once_after_its_sources()
    {
        var names = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "commitments.json"))).RootElement
            .EnumerateArray().Select(e => e.GetProperty("name").GetString()!["commitments/".Length..]).ToList();

        var reports = await MigrateAsync(RepositoryPaths.Seeds);
        var files = reports.Select(r => r.File).ToList();
        Assert.True(files.IndexOf("commitments.json") > files.IndexOf("directives.json"));
        var first = Assert.Single(reports, r => r.File == "commitments.json");
        Assert.Equal((115, 0), (first.Added, first.AlreadyPresent));
        Assert.Equal(names.Count, first.Added);

        await using (var db = registry.CreateContext())
        {
            var stored = await db.Set<Commitment>().Where(c => names.Contains(c.Id)).ToListAsync();
            Assert.Equal(names.Count, stored.Count);
            Assert.All(stored, c => Assert.Equal(RecordStore.SeedClient, c.CreatedByClient));
            Assert.Equal(94, stored.Count(c => c.HomeProvinceCode == "VN-30"));
            Assert.Equal(21, stored.Count(c => c.HomeProvinceCode == "VN-09"));
            Assert.Equal(9, stored.Count(c => c.Recurring));
            Assert.Equal(38, stored.Count(c => c.KeyTask));

            // "chậm nhất ngày 30/6/2026": on time through 30/6, overdue from 00:00 local on 1/7 (17:00 UTC on 30/6).
            var platform = stored.Single(c => c.Id == "vn09-dd26-05-quy-dinh-nen-tang-cua-khau-so");
            Assert.Equal(new DateOnly(2026, 6, 30), platform.DueDate);
            Assert.Equal(new DateTime(2026, 6, 30, 17, 0, 0, DateTimeKind.Utc), platform.OverdueFrom);
            // The OCR scan's "Pinh ky hiang thiang" is a monthly obligation with no fixed day, never overdue as a whole.
            var monthly = stored.Single(c => c.Id == "vn30-nq59-11-bao-cao-cua-khau-hang-thang");
            Assert.Equal(new Deadline.Monthly(MonthlyDay.None), monthly.Deadline);
            Assert.Null(monthly.OverdueFrom);
            Assert.Equal(new DateOnly(2025, 10, 1), monthly.StartDate);
            // The yearly culture and sport events, from 2026; the border-gate duty that lasts until the digital gate is built.
            Assert.Equal(new Deadline.Annual(), stored.Single(c => c.Id == "vn30-nq59-04-su-kien-van-hoa-the-thao-quoc-te").Deadline);
            var untilBuilt = stored.Single(c => c.Id == "vn30-lt26-10-don-gian-thu-tuc-thong-quan");
            Assert.Equal(new Deadline.Until("hoàn thành việc xây dựng cửa khẩu số"), untilBuilt.Deadline);
            Assert.Null(untilBuilt.OverdueFrom);
            // The partner's own commitment in the minutes with Ratanakiri.
            Assert.Contains(stored, c => c.CommittingProvinceCode == "KH-16" && c.SourceCollection == "agreements");
        }

        var second = Assert.Single(await MigrateAsync(RepositoryPaths.Seeds), r => r.File == "commitments.json");
        Assert.Equal((0, names.Count), (second.Added, second.AlreadyPresent));
    }
}
