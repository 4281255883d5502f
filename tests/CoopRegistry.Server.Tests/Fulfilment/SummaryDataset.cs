using CoopRegistry.Data;
using CoopRegistry.Data.Records;
using CoopRegistry.Domain.Calendar;
using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Deadlines;
using CoopRegistry.Testing.Generation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Model = CoopRegistry.Domain.Commitments.Commitment;

namespace CoopRegistry.Server.Tests.Fulfilment;

/// <summary>
/// A hundredth of the national dataset (generated as of <see cref="Generated"/>) in a registry's
/// database, and writes through the record store at chosen instants, for <see cref="FulfilmentSummaryTests"/>.
/// </summary>
public sealed class SummaryDataset : RegistryFixture
{
    public static readonly DateTime Generated = new(2026, 6, 10, 3, 0, 0, DateTimeKind.Utc);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await NationalDataset.LoadAsync(ConnectionString, DatasetSize.National.Scaled(0.01), seed: 11, Generated);
    }

    /// <summary>The registry's query and store in a fresh scope whose clock reads <paramref name="now"/>.</summary>
    public async Task<T> WithStoreAsync<T>(DateTime now, Func<RecordStore, RegistryDbContext, Task<T>> action)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        return await action(new RecordStore(db, new FixedClock(now), scope.ServiceProvider.GetRequiredService<EtagSeal>()), db);
    }

    /// <summary>Ids of generated commitments of Gia Lai: open, recurring as asked, dated ones due in 2026.</summary>
    public Task<List<string>> OpenAsync(bool recurring, int count) =>
        WithStoreAsync(Generated, async (_, db) => await db.Set<Model>().AsNoTracking()
            .Where(c => c.HomeProvinceCode == "VN-30" && c.Id.StartsWith("gc") && c.Lifecycle == CommitmentLifecycleState.Open && c.DeleteTime == null
                && c.Recurring == recurring && (recurring || (c.OverdueFrom != null && c.DueDate!.Value.Year == 2026)))
            .OrderBy(c => c.Id).Select(c => c.Id).Take(count).ToListAsync());

    /// <summary>The lead agency of most of Gia Lai's generated commitments.</summary>
    public Task<string> BusiestLeadAsync() =>
        WithStoreAsync(Generated, async (_, db) => await db.Set<Model>().AsNoTracking().Where(c => c.HomeProvinceCode == "VN-30")
            .GroupBy(c => c.LeadAgencyId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync());

    public Task CreateAsync(DateTime at, string id, string deadline, DateOnly start, string? partner = null, DateOnly? end = null, bool key = false) =>
        WithStoreAsync(at, async (store, db) =>
        {
            var source = await db.Set<Model>().AsNoTracking().Where(c => c.HomeProvinceCode == "VN-30" && c.Id.StartsWith("gc"))
                .OrderBy(c => c.Id).Select(c => new { c.SourceCollection, c.SourceId }).FirstAsync();
            var commitment = new Model
            {
                Id = id,
                HomeProvinceCode = "VN-30",
                SourceCollection = source.SourceCollection,
                SourceId = source.SourceId,
                LeadAgencyId = "vn30-so-ngoai-vu",
                Task = $"Nhiệm vụ {id}",
                Deadline = DeadlineParser.Parse(deadline),
                KeyTask = key,
                PartnerProvinceCodes = partner is null ? [] : [partner],
                StartDate = start,
                EndDate = end,
            };
            CommitmentRules.Normalize(commitment, HomeTime.Today(store.Now));
            return await store.CreateAsync(commitment, TestCallers.ForeignAffairs, null, CancellationToken.None);
        });

    public Task ChangeAsync(DateTime at, string id, Action<Model, DateTime> change) =>
        WithStoreAsync(at, async (store, _) =>
        {
            var commitment = await store.GetForChangeAsync<Model>(Model.CollectionName, id, null, TestCallers.ForeignAffairs, CancellationToken.None);
            change(commitment, store.Now);
            await store.SaveAsync(commitment, TestCallers.ForeignAffairs, CancellationToken.None);
            return 0;
        });

    public Task ReportAsync(DateTime at, string id, DateOnly periodStart, DateOnly? periodEnd = null) =>
        WithStoreAsync(at, async (store, _) =>
        {
            var commitment = await store.GetForChangeAsync<Model>(Model.CollectionName, id, null, TestCallers.ForeignAffairs, CancellationToken.None);
            store.AddPart(commitment.ReportProgress("Đã báo cáo", 50, [], periodStart, periodEnd, commitment.LeadAgencyId, "dofa", store.Now));
            await store.SaveAsync(commitment, TestCallers.ForeignAffairs, CancellationToken.None);
            return 0;
        });

    private sealed class FixedClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
    }
}
