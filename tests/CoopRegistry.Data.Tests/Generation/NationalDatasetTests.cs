using CoopRegistry.Data.Audit;
using CoopRegistry.Domain.Agreements;
using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Events;
using CoopRegistry.Testing;
using CoopRegistry.Testing.Generation;

namespace CoopRegistry.Data.Tests.Generation;

/// <summary>
/// The benchmark's dataset at a thousandth of national scale: the rows COPY writes read back
/// through the registry's model exactly like rows it wrote itself, and the same seed gives the same data.
/// </summary>
public class NationalDatasetTests(ClassDatabase database) : IClassFixture<ClassDatabase>
{
    private static readonly DateTime Now = new(2026, 11, 23, 3, 0, 0, DateTimeKind.Utc);
    private static readonly DatasetSize Small = DatasetSize.National.Scaled(0.001);

    [Fact]
    public async Task A_small_dataset_loads_and_reads_back_through_the_model()
    {
        var loaded = await NationalDataset.LoadAsync(database.ConnectionString, Small, seed: 42, Now);

        Assert.Equal((100, 20, 1000), (loaded.Agreements, loaded.Events, loaded.Commitments));
        await using var db = database.CreateContext();
        Assert.Equal(34, await db.Provinces.CountAsync(p => p.IsHome));
        Assert.Equal(40, await db.Provinces.CountAsync(p => !p.IsHome));

        // Materializing every row runs every value converter (enums, JSON deadlines, arrays).
        var commitments = await db.Set<Commitment>().AsNoTracking().Where(c => c.Id.StartsWith("gc")).ToListAsync();
        Assert.Equal(1000, commitments.Count);
        Assert.Contains(commitments, c => c.Deadline is Domain.Deadlines.Deadline.Monthly && c.Recurring);
        Assert.Contains(commitments, c => c.Lifecycle == CommitmentLifecycleState.Done);
        Assert.All(commitments, c => Assert.Contains(c.LeadAgencyId, c.PartyAgencyIds));
        Assert.Equal(loaded.ProgressReports, await db.Set<ProgressReport>().CountAsync(r => r.CommitmentId.StartsWith("gc")));
        Assert.Equal(commitments.Sum(c => c.ReportCount), loaded.ProgressReports);
        Assert.Equal(100, (await db.Set<Agreement>().AsNoTracking().Where(a => a.Id.StartsWith("ga")).ToListAsync()).Count(a => a.PartyProvinceCodes.Count == 2));
        Assert.Equal(20, await db.Set<CooperationEvent>().CountAsync(e => e.Id.StartsWith("ge")));

        // PostgreSQL computed the accent-free search key from the generated text.
        Assert.True(await db.Set<Commitment>().CountAsync(c => c.Id.StartsWith("gc") && c.SearchKey.Contains("xuc tien dau tu")) > 0);
        // The bulk path writes no history: the audit log holds only the seeds' entries.
        Assert.DoesNotContain(await db.Set<AuditEntry>().Select(e => e.RecordName).ToListAsync(), name => name.StartsWith("commitments/gc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_seed_generates_the_same_records()
    {
        var first = new ClassDatabase();
        var second = new ClassDatabase();
        await first.InitializeAsync();
        await second.InitializeAsync();
        try
        {
            var tiny = DatasetSize.National.Scaled(0.0002);
            await NationalDataset.LoadAsync(first.ConnectionString, tiny, seed: 7, Now);
            await NationalDataset.LoadAsync(second.ConnectionString, tiny, seed: 7, Now);
            Assert.Equal(await TasksAsync(first), await TasksAsync(second));
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    private static async Task<List<string>> TasksAsync(ClassDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Set<Commitment>().Where(c => c.Id.StartsWith("gc")).OrderBy(c => c.Id)
            .Select(c => c.Id + c.Task + c.LeadAgencyId + c.DueDate + c.PercentComplete).ToListAsync();
    }
}
