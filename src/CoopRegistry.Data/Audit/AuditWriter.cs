using NpgsqlTypes;

namespace CoopRegistry.Data.Audit;

/// <summary>
/// Hands a transaction's changes to the audit chain: just before it commits, one round trip inserts
/// them, unchained, into registry.audit_pending, so they commit or roll back with the write; right
/// after the commit <see cref="SequenceAsync"/> has PostgreSQL chain every committed pending entry
/// (registry.audit_sequence, migration AuditSequencedAfterCommit): one sequencer at a time hashes
/// each as <see cref="AuditChain.HashOf"/> does, moves them into audit_entries in one transaction
/// and notifies. Writes no longer commit one at a time behind a lock held through each commit's
/// flush; a reader who sees entry n has seen all before it, and an entry left pending by a process
/// that stopped between the two steps is chained by the next audited commit or the next sweep
/// (<see cref="AuditLeftovers"/>). The NOTIFY is
/// delivered at the sequencer's commit and wakes change-feed watchers in every registry process.
/// </summary>
internal static class AuditWriter
{
    /// <summary>The channel registry.audit_append notifies at commit.</summary>
    public const string Channel = "coopregistry_audit";

    private static readonly Dictionary<string, string> RecordTables = new()
    {
        [RecordCollections.Agreements] = "agreements",
        [RecordCollections.Plans] = "plans",
        [RecordCollections.Events] = "events",
        [RecordCollections.Directives] = "directives",
        [RecordCollections.Commitments] = "commitments",
    };

    /// <param name="now">The entries' time; the chain keeps it from going back before the head's.</param>
    public static async Task AppendAsync(DbTransaction transaction, IReadOnlyList<PendingChange> changes, DateTime now, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)transaction.Connection!;
        var npgsqlTransaction = (NpgsqlTransaction)transaction;
        await ConnectionScope.SettleAsync(connection, cancellationToken);
        await using var batch = new NpgsqlBatch(connection, npgsqlTransaction);
        foreach (var change in changes)
            batch.BatchCommands.Add(Pending(await ToEntryAsync(connection, npgsqlTransaction, change, cancellationToken), now));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Chains the committed pending entries, this transaction's among them unless another sequencer
    /// already did; waits while one runs. Not cancellable: the write it follows has committed, and
    /// its entry is chained before the call answers, as a reader of the chain expects. Returns how
    /// many entries this run chained.
    /// </summary>
    public static async Task<int> SequenceAsync(DbConnection connection)
    {
        var npgsql = (NpgsqlConnection)connection;
        await ConnectionScope.SettleAsync(npgsql, CancellationToken.None);
        await using var command = new NpgsqlCommand("SELECT registry.audit_sequence()", npgsql);
        return (int)(await command.ExecuteScalarAsync(CancellationToken.None))!;
    }

    private static NpgsqlBatchCommand Pending(AuditEntry e, DateTime now) => new("""
        INSERT INTO registry.audit_pending (time, client_id, agency_id, method, record_name, parent_name, change,
            before, after, request_id, visibility, home_province_code, party_province_codes, party_agency_ids, person_id)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
        """)
    {
        Parameters =
        {
            new() { Value = now },
            new() { Value = e.ClientId },
            new() { Value = (object?)e.AgencyId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
            new() { Value = e.Method },
            new() { Value = e.RecordName },
            new() { Value = (object?)e.ParentName ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
            new() { Value = e.Change.ToString() },
            new() { Value = (object?)e.Before ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
            new() { Value = (object?)e.After ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
            new() { Value = (object?)e.RequestId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid },
            new() { Value = e.Visibility.ToString() },
            new() { Value = (object?)e.HomeProvinceCode ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
            new() { Value = e.PartyProvinceCodes.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
            new() { Value = e.PartyAgencyIds.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
            new() { Value = (object?)e.PersonId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
        },
    };

    private static async Task<AuditEntry> ToEntryAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PendingChange change, CancellationToken cancellationToken)
    {
        var subject = change.Subject;
        var audience = subject.Parties;
        if (audience is null && subject.Visibility == AuditVisibility.Record && subject.ParentName is { } parent)
            audience = await ParentAudienceAsync(connection, transaction, parent, cancellationToken);
        return new AuditEntry
        {
            ClientId = change.Actor.ClientId,
            PersonId = change.Actor.PersonId,
            AgencyId = change.Actor.AgencyId,
            Method = change.Actor.Method,
            RequestId = change.Actor.RequestId,
            RecordName = subject.RecordName,
            ParentName = subject.ParentName,
            Change = change.Change,
            Before = change.Before,
            After = change.After,
            // A part whose record cannot be found is shown to auditors only rather than to anyone.
            Visibility = audience is null && subject.Visibility == AuditVisibility.Record ? AuditVisibility.Restricted : subject.Visibility,
            HomeProvinceCode = audience?.HomeProvinceCode,
            PartyProvinceCodes = [.. audience?.PartyProvinceCodes ?? []],
            PartyAgencyIds = [.. audience?.PartyAgencyIds ?? []],
        };
    }

    private static async Task<Audience?> ParentAudienceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string parentName, CancellationToken cancellationToken)
    {
        var slash = parentName.IndexOf('/');
        if (slash < 0 || !RecordTables.TryGetValue(parentName[..slash], out var table))
            return null;
        await using var command = new NpgsqlCommand(
            $"SELECT home_province_code, party_province_codes, party_agency_ids FROM registry.{table} WHERE id = $1", connection, transaction)
        {
            Parameters = { new() { Value = parentName[(slash + 1)..] } },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        return new Audience(reader.GetString(0), reader.GetFieldValue<string[]>(1), reader.GetFieldValue<string[]>(2));
    }
}
