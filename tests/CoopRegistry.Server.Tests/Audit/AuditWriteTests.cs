using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Audit;
using CoopRegistry.Domain.Calendar;
using CoopRegistry.Server.Tests.Commitments;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Model = CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Server.Tests.Audit;

/// <summary>Every write leaves its audit entry in the same transaction: who, what, through which method, before and after, chained.</summary>
public class AuditWriteTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    [Fact]
    public async Task A_create_an_update_and_a_progress_report_each_leave_a_chained_entry()
    {
        var requestId = Guid.NewGuid();
        var created = (await registry.Commitments.CreateCommitmentAsync(new CreateCommitmentRequest
        {
            Commitment = registry.Complete("Khảo sát cửa khẩu Lệ Thanh"),
            RequestId = requestId.ToString(),
        })).Commitment;
        var changed = created.Clone();
        changed.Deliverable = "Báo cáo khảo sát gửi UBND tỉnh";
        await registry.Commitments.UpdateCommitmentAsync(new UpdateCommitmentRequest
        {
            Commitment = changed,
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "deliverable" } },
        });
        await registry.Client(TestCallers.Department).ReportProgressAsync(new ReportProgressRequest
        {
            Name = created.Name,
            Report = new ProgressReport { Narrative = "Đã khảo sát", PercentComplete = 40 },
        });

        await using var db = registry.CreateContext();
        var entries = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.RecordName == created.Name || e.ParentName == created.Name).OrderBy(e => e.Sequence).ToListAsync();

        var create = entries.First();
        Assert.Equal((AuditChange.Created, "dofa", "vn30-so-ngoai-vu", requestId), (create.Change, create.ClientId, create.AgencyId, create.RequestId!.Value));
        Assert.Equal("/coopregistry.v1.CommitmentService/CreateCommitment", create.Method);
        Assert.Null(create.Before);
        Assert.Contains("Khảo sát cửa khẩu Lệ Thanh", create.After);
        Assert.Equal(("VN-30", AuditVisibility.Record), (create.HomeProvinceCode, create.Visibility));

        var update = entries.Single(e => e.Method.EndsWith("/UpdateCommitment", StringComparison.Ordinal));
        Assert.Equal(AuditChange.Updated, update.Change);
        Assert.Contains("Báo cáo kết quả gửi UBND tỉnh", update.Before);
        Assert.Contains("Báo cáo khảo sát gửi UBND tỉnh", update.After);

        var report = entries.Single(e => e.RecordName.StartsWith(created.Name + "/progressReports/", StringComparison.Ordinal));
        Assert.Equal((AuditChange.Created, "industry", "vn30-so-cong-thuong"), (report.Change, report.ClientId, report.AgencyId));
        Assert.Equal((created.Name, "VN-30"), (report.ParentName, report.HomeProvinceCode));

        // The whole log is one chain: each entry's hash is recomputed from its fields and the previous one's.
        var chain = await db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, chain.Count).Select(i => (long)i), chain.Select(e => e.Sequence));
        for (var i = 0; i < chain.Count; i++)
        {
            Assert.Equal(i == 0 ? AuditChain.Genesis : chain[i - 1].Hash, chain[i].PreviousHash);
            Assert.Equal(AuditChain.HashOf(chain[i]), chain[i].Hash);
        }
    }

    [Fact]
    public async Task An_after_image_turns_back_into_the_entity_as_saved()
    {
        var created = await registry.CreateAsync(registry.Complete("Đón đoàn Ratanakiri"));
        await using var db = registry.CreateContext();
        var id = created.Name["commitments/".Length..];
        var stored = await db.Set<Model.Commitment>().AsNoTracking().SingleAsync(c => c.Id == id);
        var image = (await db.Set<AuditEntry>().AsNoTracking().SingleAsync(e => e.RecordName == created.Name)).After!;

        var rebuilt = new Model.Commitment();
        RecordImage.ApplyTo(db.Entry(rebuilt), image);

        Assert.Equal((stored.Task, stored.LeadAgencyId, stored.Version, stored.CreateTime), (rebuilt.Task, rebuilt.LeadAgencyId, rebuilt.Version, rebuilt.CreateTime));
        Assert.Equal(stored.Deadline, rebuilt.Deadline);
        Assert.Equal(stored.CoordinatingAgencyIds, rebuilt.CoordinatingAgencyIds);
        Assert.Equal(stored.PartyAgencyIds, rebuilt.PartyAgencyIds);
    }

    [Fact]
    public async Task A_save_cancelled_before_its_transaction_is_not_audited_by_the_next_save_of_its_context()
    {
        // A pooled DbContext outlives the call whose save was cancelled and serves the next call.
        await using var db = registry.CreateContext();
        db.Add(Holiday(new DateOnly(2099, 1, 1), "Lưu bị hủy"));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.SaveChangesAsync(new CancellationToken(canceled: true)));
        db.ChangeTracker.Clear();
        db.Add(Holiday(new DateOnly(2099, 1, 2), "Lưu thật"));
        await db.SaveChangesAsync();

        var audited = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.RecordName.StartsWith("publicHolidays/XX-2099-")).Select(e => e.RecordName).ToListAsync();
        Assert.Equal(["publicHolidays/XX-2099-01-02"], audited);
    }

    private static PublicHoliday Holiday(DateOnly date, string name) => new() { CountryCode = "XX", Date = date, Name = name };

    [Fact]
    public async Task A_refused_write_leaves_no_entry_and_the_log_refuses_update_and_delete()
    {
        await using var db = registry.CreateContext();
        var before = await db.Set<AuditEntry>().CountAsync();
        var incomplete = registry.Complete("");
        await Assert.ThrowsAsync<RpcException>(async () => await registry.CreateAsync(incomplete));
        Assert.Equal(before, await db.Set<AuditEntry>().CountAsync());

        await using var connection = new NpgsqlConnection(registry.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { "UPDATE registry.audit_entries SET client_id = 'x'", "DELETE FROM registry.audit_entries", "TRUNCATE registry.audit_entries", "UPDATE registry.audit_head SET sequence = 0" })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(async () => await new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
    }
}
