using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Tests.Commitments;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Stored = CoopRegistry.Data.Audit.AuditEntry;

namespace CoopRegistry.Server.Tests.Audit;

/// <summary>
/// The auditor's client and the tools of someone tampering with the log behind the registry's
/// back: the superuser with triggers off (session_replication_role = replica), which the
/// append-only triggers cannot stop — only the chain can show it.
/// </summary>
public static class AuditTesting
{
    public static AuditService.AuditServiceClient Auditor(this CommitmentRegistry registry) =>
        new(registry.ChannelWith(TestTokens.For(TestCallers.Auditor)));

    /// <summary>Creates <paramref name="count"/> commitments (one audit entry each); returns the head sequence after them.</summary>
    public static async Task<long> WriteAsync(this CommitmentRegistry registry, int count)
    {
        for (var i = 0; i < count; i++)
            await registry.CreateAsync(registry.Complete($"Nhiệm vụ kiểm toán {i} {Guid.NewGuid():N}"));
        return (await registry.EntriesAsync()).Max(e => e.Sequence);
    }

    public static async Task<List<Stored>> EntriesAsync(this CommitmentRegistry registry)
    {
        await using var db = registry.CreateContext();
        return await db.Set<Stored>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    /// <summary>Runs <paramref name="sql"/> as the superuser with every trigger off.</summary>
    public static async Task TamperAsync(this CommitmentRegistry registry, string sql)
    {
        await using var connection = new NpgsqlConnection(registry.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SET session_replication_role = replica; {sql}", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Inserts a row as the registry's writer would, but with whatever fields the forger chose.</summary>
    public static async Task InsertAsync(this CommitmentRegistry registry, Stored e)
    {
        await using var connection = new NpgsqlConnection(registry.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SET session_replication_role = replica;
            INSERT INTO registry.audit_entries (sequence, time, client_id, agency_id, method, record_name, parent_name, change,
                before, after, request_id, visibility, home_province_code, party_province_codes, party_agency_ids, previous_hash, hash)
            VALUES (@sequence, @time, @client, @agency, @method, @record, @parent, @change, @before::json, @after::json, @request,
                @visibility, @home, @provinces, @agencies, @previous, @hash)
            """, connection)
        {
            Parameters =
            {
                new("sequence", e.Sequence),
                new("time", e.Time),
                new("client", e.ClientId),
                new("agency", NpgsqlDbType.Text) { Value = (object?)e.AgencyId ?? DBNull.Value },
                new("method", e.Method),
                new("record", e.RecordName),
                new("parent", NpgsqlDbType.Text) { Value = (object?)e.ParentName ?? DBNull.Value },
                new("change", e.Change.ToString()),
                new("before", NpgsqlDbType.Text) { Value = (object?)e.Before ?? DBNull.Value },
                new("after", NpgsqlDbType.Text) { Value = (object?)e.After ?? DBNull.Value },
                new("request", NpgsqlDbType.Uuid) { Value = (object?)e.RequestId ?? DBNull.Value },
                new("visibility", e.Visibility.ToString()),
                new("home", NpgsqlDbType.Text) { Value = (object?)e.HomeProvinceCode ?? DBNull.Value },
                new("provinces", e.PartyProvinceCodes.ToArray()),
                new("agencies", e.PartyAgencyIds.ToArray()),
                new("previous", e.PreviousHash),
                new("hash", e.Hash),
            },
        };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A copy of <paramref name="entry"/> (hash and all) that a forger can change.</summary>
    public static Stored Copy(this Stored entry) => new()
    {
        Sequence = entry.Sequence,
        Time = entry.Time,
        ClientId = entry.ClientId,
        PersonId = entry.PersonId,
        AgencyId = entry.AgencyId,
        Method = entry.Method,
        RecordName = entry.RecordName,
        ParentName = entry.ParentName,
        Change = entry.Change,
        Before = entry.Before,
        After = entry.After,
        RequestId = entry.RequestId,
        Visibility = entry.Visibility,
        HomeProvinceCode = entry.HomeProvinceCode,
        PartyProvinceCodes = [.. entry.PartyProvinceCodes],
        PartyAgencyIds = [.. entry.PartyAgencyIds],
        PreviousHash = entry.PreviousHash,
        Hash = entry.Hash,
    };

    /// <summary>Verifies and asserts the chain is broken first at <paramref name="sequence"/> for <paramref name="fault"/>.</summary>
    public static async Task<VerifyAuditChainResponse> AssertBrokenAtAsync(this CommitmentRegistry registry, long sequence, ChainFault fault, params AuditCheckpoint[] checkpoints)
    {
        var result = await registry.Auditor().VerifyAuditChainAsync(new VerifyAuditChainRequest { Checkpoints = { checkpoints } });
        Assert.False(result.Ok);
        Assert.NotNull(result.FirstBreak);
        Assert.True((sequence, fault) == (result.FirstBreak.Sequence, result.FirstBreak.Fault), $"expected {fault} at {sequence}, got {result.FirstBreak}");
        return result;
    }

    public static async Task AssertIntactAsync(this CommitmentRegistry registry)
    {
        var result = await registry.Auditor().VerifyAuditChainAsync(new VerifyAuditChainRequest());
        Assert.True(result.Ok, result.FirstBreak?.ToString());
        Assert.Equal(result.HeadSequence, result.EntriesChecked);
    }
}
