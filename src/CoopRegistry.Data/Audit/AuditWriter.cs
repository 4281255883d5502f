using NpgsqlTypes;

namespace CoopRegistry.Data.Audit;

/// <summary>
/// Appends a transaction's changes to the audit chain just before it commits. The head row's lock
/// is the chain's only serialization point and is held from here to the commit, never longer: it
/// orders the sequence numbers as the commits, so a reader who sees entry n has seen all before it.
/// The NOTIFY is delivered at commit and wakes change-feed watchers in every registry process.
/// </summary>
internal static class AuditWriter
{
    public const string Channel = "coopregistry_audit";

    private static readonly Dictionary<string, string> RecordTables = new()
    {
        [RecordCollections.Agreements] = "agreements",
        [RecordCollections.Plans] = "plans",
        [RecordCollections.Events] = "events",
        [RecordCollections.Directives] = "directives",
        [RecordCollections.Commitments] = "commitments",
    };

    public static async Task AppendAsync(DbTransaction transaction, IReadOnlyList<PendingChange> changes, DateTime now, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)transaction.Connection!;
        var npgsqlTransaction = (NpgsqlTransaction)transaction;
        await ConnectionScope.SettleAsync(connection, cancellationToken);
        var entries = new List<AuditEntry>(changes.Count);
        foreach (var change in changes)
            entries.Add(await ToEntryAsync(connection, npgsqlTransaction, change, cancellationToken));

        await using (var head = new NpgsqlCommand("SELECT sequence, hash, time FROM registry.audit_head WHERE id = 1 FOR UPDATE", connection, npgsqlTransaction))
        await using (var reader = await head.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
                throw new InvalidOperationException("registry.audit_head has no row: the AuditLog migration has not run");
            var sequence = reader.GetInt64(0);
            var previous = (byte[])reader[1];
            // Entry times never go backwards along the chain, so "as it stood at t" follows the sequence.
            var time = reader.GetDateTime(2) > now ? reader.GetDateTime(2) : now;
            foreach (var entry in entries)
            {
                entry.Sequence = ++sequence;
                entry.Time = time;
                entry.PreviousHash = previous;
                entry.Hash = previous = AuditChain.HashOf(entry);
            }
        }

        await using var batch = new NpgsqlBatch(connection, npgsqlTransaction);
        foreach (var entry in entries)
            batch.BatchCommands.Add(Insert(entry));
        var last = entries[^1];
        batch.BatchCommands.Add(new NpgsqlBatchCommand("UPDATE registry.audit_head SET sequence = $1, hash = $2, time = $3 WHERE id = 1")
        {
            Parameters = { new() { Value = last.Sequence }, new() { Value = last.Hash }, new() { Value = last.Time } },
        });
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT pg_notify('{Channel}', $1)")
        {
            Parameters = { new() { Value = last.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
        });
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand Insert(AuditEntry e) => new("""
        INSERT INTO registry.audit_entries (sequence, time, client_id, agency_id, method, record_name, parent_name, change,
            before, after, request_id, visibility, home_province_code, party_province_codes, party_agency_ids, previous_hash, hash, person_id)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::json, $10::json, $11, $12, $13, $14, $15, $16, $17, $18)
        """)
    {
        Parameters =
        {
            new() { Value = e.Sequence },
            new() { Value = e.Time },
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
            new() { Value = e.PreviousHash },
            new() { Value = e.Hash },
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
