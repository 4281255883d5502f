using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Audit;
using CoopRegistry.Data.Security;
using CoopRegistry.Server.Tests.Commitments;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoopRegistry.Server.Tests.Security;

/// <summary>
/// The registry's runtime role (coopregistry_app) holds data rights only: no DDL, and the audit
/// chain is append-only by privilege, not just by trigger. The registry under test runs as it.
/// </summary>
public class DatabaseRoleTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    [Theory]
    [InlineData("CREATE TABLE registry.smuggled (id int)")]
    [InlineData("CREATE TABLE public.smuggled (id int)")]
    [InlineData("ALTER TABLE registry.commitments ADD COLUMN smuggled int")]
    [InlineData("DROP TABLE registry.audit_entries")]
    [InlineData("ALTER TABLE registry.audit_entries DISABLE TRIGGER USER")]
    [InlineData("CREATE SCHEMA smuggled")]
    [InlineData("DROP TRIGGER audit_entries_append_only ON registry.audit_entries")]
    public async Task The_app_role_cannot_change_the_schema(string ddl)
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => AsApp(ddl));
        Assert.Contains(error.SqlState, new[] { PostgresErrorCodes.InsufficientPrivilege, "42501" });
    }

    [Theory]
    [InlineData("UPDATE registry.audit_entries SET client_id = 'forger'")]
    [InlineData("DELETE FROM registry.audit_entries")]
    [InlineData("TRUNCATE registry.audit_entries")]
    [InlineData("DELETE FROM registry.audit_head")]
    [InlineData("UPDATE registry.audit_head SET sequence = sequence + 1")]
    [InlineData("INSERT INTO registry.audit_entries (sequence, time, client_id, method, record_name, change, visibility, party_province_codes, party_agency_ids, previous_hash, hash) SELECT sequence + 1, now(), 'forger', 'm', 'commitments/x', 'Deleted', 'Restricted', '{}', '{}', hash, hash FROM registry.audit_head")]
    [InlineData("DELETE FROM registry.audit_pending")]
    [InlineData("UPDATE registry.audit_pending SET client_id = 'forger'")]
    [InlineData("TRUNCATE registry.audit_pending")]
    [InlineData("DELETE FROM registry.commitment_history")]
    [InlineData("UPDATE registry.commitment_history SET recorded_at = now()")]
    public async Task The_app_role_cannot_rewrite_history_even_without_triggers(string sql)
    {
        // Disabling triggers is itself refused to the app role (a superuser setting) …
        var replica = await Assert.ThrowsAsync<PostgresException>(() => AsApp("SET session_replication_role = replica"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, replica.SqlState);
        // … and the statement is refused by privilege before any trigger runs: "permission denied for table".
        var error = await Assert.ThrowsAsync<PostgresException>(() => AsApp(sql));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.StartsWith("permission denied for table", error.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registry_running_as_the_app_role_writes_records_and_appends_audit_entries()
    {
        Assert.Equal(DatabaseRoles.App, new NpgsqlConnectionStringBuilder(registry.AppConnectionString).Username);
        var created = await registry.CreateAsync(registry.Complete("Khảo sát tuyến vận tải Lệ Thanh – O Yadav"));
        await registry.Client(Fixtures.TestCallers.Department).ReportProgressAsync(new ReportProgressRequest
        {
            Name = created.Name,
            Report = new ProgressReport { Narrative = "Đã khảo sát", PercentComplete = 20 },
        });

        await using var db = registry.CreateContext();
        var creations = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => (e.RecordName == created.Name || e.ParentName == created.Name) && e.Change == AuditChange.Created)
            .OrderBy(e => e.Sequence).Select(e => e.RecordName).ToListAsync();
        Assert.Equal(2, creations.Count);
        Assert.Equal(created.Name, creations[0]);
        Assert.StartsWith(created.Name + "/progressReports/", creations[1], StringComparison.Ordinal);
    }

    private async Task AsApp(string sql)
    {
        await using var connection = new NpgsqlConnection(registry.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
