using CoopRegistry.Data;
using CoopRegistry.Data.Commitments;
using CoopRegistry.Domain.Commitments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static CoopRegistry.Server.Tests.Fulfilment.FulfilmentDataset;

namespace CoopRegistry.Server.Tests.Fulfilment;

/// <summary>The commitment history behind as-of reports: one row per write, stamped with its time, and no role may rewrite it.</summary>
public class CommitmentHistoryTests(FulfilmentDataset data) : IClassFixture<FulfilmentDataset>
{
    [Fact]
    public async Task Every_commitment_write_appended_its_history_row_and_history_cannot_be_rewritten()
    {
        using var scope = data.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var c1 = await db.Set<CommitmentHistory>().Where(h => h.CommitmentId == "c1").OrderBy(h => h.Id).ToListAsync();
        // Created, completion asked, completion accepted: one row each, stamped with the write's time.
        Assert.Equal([Created, Utc(2026, 5, 8, 3), Utc(2026, 5, 9, 3)], c1.Select(h => h.RecordedAt).ToArray());
        Assert.Equal(
            [CommitmentLifecycleState.Open, CommitmentLifecycleState.Open, CommitmentLifecycleState.Done],
            c1.Select(h => h.Lifecycle).ToArray());
        var c4 = await db.Set<CommitmentHistory>().Where(h => h.CommitmentId == "c4").OrderBy(h => h.Id).Select(h => h.DueDate).ToListAsync();
        Assert.Equal([new DateOnly(2026, 6, 30), new DateOnly(2026, 8, 31)], c4);

        // The registry's own role is refused by privilege; the table's trigger refuses everyone else.
        var update = await Assert.ThrowsAsync<PostgresException>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE registry.commitment_history SET lead_agency_id = 'x' WHERE commitment_id = 'c1'"));
        Assert.StartsWith("permission denied for table commitment_history", update.MessageText, StringComparison.Ordinal);
        await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM registry.commitment_history"));
        await using var owner = data.CreateContext();
        var asOwner = await Assert.ThrowsAsync<PostgresException>(() =>
            owner.Database.ExecuteSqlRawAsync("UPDATE registry.commitment_history SET lead_agency_id = 'x' WHERE commitment_id = 'c1'"));
        Assert.Contains("append-only", asOwner.MessageText);
    }
}
