using CoopRegistry.Contracts.V1;
using CoopRegistry.Data;
using CoopRegistry.Data.Audit;
using CoopRegistry.Server.Tests.Commitments;
using CoopRegistry.Testing;
using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Server.Tests.Reliability;

/// <summary>
/// `./coop backup` and `./coop restore` (pg_dump -Fc, pg_restore --clean): a registry started on the
/// restored database serves the records as they were at the backup, and its audit chain verifies,
/// entry for entry the same as the original's up to the backup, and with a checkpoint kept before it.
/// </summary>
public class BackupRestoreTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    [Fact]
    public async Task A_restored_registry_serves_the_same_records_and_its_audit_chain_verifies()
    {
        for (var i = 0; i < 3; i++)
            await registry.CreateAsync(registry.Complete($"Nhiệm vụ trước sao lưu {i}"));
        var before = await ListAsync(registry.Commitments);
        // An auditor keeps a checkpoint taken before the backup.
        var audit = new AuditService.AuditServiceClient(registry.ChannelWith(TestTokens.For(TestCallers.Auditor)));
        var kept = (await audit.CreateAuditCheckpointAsync(new CreateAuditCheckpointRequest())).Checkpoint;
        var file = Path.Combine(Path.GetTempPath(), $"coop-backup-{Guid.NewGuid():N}.dump");
        var restored = $"coop_restored_{Guid.NewGuid():N}";
        try
        {
            await PgTools.BackupAsync(registry.Name, file);
            await registry.CreateAsync(registry.Complete("Nhiệm vụ sau sao lưu"));
            var original = await ChainAsync(registry.ConnectionString);

            await TestCluster.ExecuteAsync($"CREATE DATABASE {restored}");
            await PgTools.RestoreAsync(restored, file);
            // --clean over a database that already holds the objects: as `./coop restore` over the dev database.
            await PgTools.RestoreAsync(restored, file);

            var chain = await ChainAsync(TestCluster.ConnectionStringFor(restored));
            Verify(chain);
            Assert.True(chain.Count > 0);
            Assert.True(chain.Count < original.Count, "the entry written after the backup is not in it");
            Assert.Equal(original.Take(chain.Count).Select(e => Convert.ToHexString(e.Hash)), chain.Select(e => Convert.ToHexString(e.Hash)));

            await using var factory = new RegistryFactory(TestCluster.AppConnectionStringFor(restored));
            using var channel = RegistryFixture.ChannelTo(factory, TestTokens.For(TestCallers.ForeignAffairs));
            var client = new CommitmentService.CommitmentServiceClient(channel);
            Assert.Equal(before, await ListAsync(client));
            // The restored registry writes on: grants and the chain's head came back with the data.
            await client.CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = registry.Complete("Nhiệm vụ sau khôi phục"), RequestId = Guid.NewGuid().ToString() });
            Verify(await ChainAsync(TestCluster.ConnectionStringFor(restored)));
            // And its own VerifyAuditChain holds the checkpoint kept before the backup.
            using var auditChannel = RegistryFixture.ChannelTo(factory, TestTokens.For(TestCallers.Auditor));
            var verdict = await new AuditService.AuditServiceClient(auditChannel).VerifyAuditChainAsync(new VerifyAuditChainRequest { Checkpoints = { kept } });
            Assert.True(verdict.Ok, verdict.FirstBreak?.ToString());
            Assert.Equal(CheckpointVerdict.Verified, Assert.Single(verdict.Checkpoints).Verdict);
        }
        finally
        {
            File.Delete(file);
            Npgsql.NpgsqlConnection.ClearAllPools();
            await TestCluster.ExecuteAsync($"DROP DATABASE IF EXISTS {restored} WITH (FORCE)");
        }
    }

    private static async Task<List<string>> ListAsync(CommitmentService.CommitmentServiceClient client) =>
        (await client.ListCommitmentsAsync(new ListCommitmentsRequest { PageSize = 1000 })).Commitments
            .Select(c => $"{c.Name} {c.Task} {c.Deliverable} {c.CreateTime} {c.UpdateTime}").Order(StringComparer.Ordinal).ToList();

    private static async Task<List<AuditEntry>> ChainAsync(string connectionString)
    {
        await using var db = new RegistryDbContext(new DbContextOptionsBuilder<RegistryDbContext>().UseRegistryDatabase(connectionString).Options);
        return await db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    // (Not the etag: it covers the computed state, which follows the clock, and the restored registry has another.)

    /// <summary>Sequences 1…n without gaps, each entry's hash recomputed from its fields and its predecessor's.</summary>
    private static void Verify(IReadOnlyList<AuditEntry> chain)
    {
        for (var i = 0; i < chain.Count; i++)
        {
            Assert.Equal(i + 1, chain[i].Sequence);
            Assert.Equal(i == 0 ? AuditChain.Genesis : chain[i - 1].Hash, chain[i].PreviousHash);
            Assert.Equal(AuditChain.HashOf(chain[i]), chain[i].Hash);
        }
    }
}
