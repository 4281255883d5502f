namespace CoopRegistry.Data.Audit;

/// <summary>
/// Reads the audit chain for one watcher, in SQL: only the entries its caller may see (the
/// visibility and audience stored with each entry, the audience at the time of the change, as
/// RecordAccess judges records) and of the collections asked for, so a partner's query never
/// even loads an entry outside its reach.
/// </summary>
public sealed class ChangeFeedReader(RegistryDbContext db)
{
    /// <summary>The newest sequence committed (0 for an empty chain). Every entry up to it is visible to a query that starts later.</summary>
    public Task<long> HeadAsync(CancellationToken cancellationToken) =>
        db.Database.SqlQuery<long>($"SELECT sequence AS \"Value\" FROM registry.audit_head WHERE id = 1").SingleAsync(cancellationToken);

    /// <summary>The last sequence older than <paramref name="cutoff"/> (0 if none): where a watch from the start of retention begins.</summary>
    public async Task<long> LastBeforeAsync(DateTime cutoff, CancellationToken cancellationToken) =>
        await db.Set<AuditEntry>().AsNoTracking().Where(e => e.Time < cutoff)
            .OrderByDescending(e => e.Time).ThenByDescending(e => e.Sequence)
            .Select(e => (long?)e.Sequence).FirstOrDefaultAsync(cancellationToken) ?? 0;

    /// <summary>The entries in (after, upTo] that <paramref name="caller"/> may see, of <paramref name="collections"/> (all when empty), in order, at most <paramref name="limit"/>.</summary>
    public Task<List<AuditEntry>> VisibleAsync(Caller caller, IReadOnlyList<string> collections, long after, long upTo, int limit, CancellationToken cancellationToken)
    {
        var all = caller.Has(Scopes.Audit);
        var province = caller.ProvinceCode;
        var agency = caller.AgencyId;
        var wanted = collections.ToArray();
        return db.Set<AuditEntry>().FromSql($"""
            SELECT * FROM registry.audit_entries
            WHERE sequence > {after} AND sequence <= {upTo}
              AND ({all}
                OR visibility = 'Public'
                OR (visibility = 'Record' AND (home_province_code = {province}
                    OR {province} = ANY (party_province_codes) OR {agency} = ANY (party_agency_ids))))
              AND (cardinality({wanted}::text[]) = 0 OR split_part(record_name, '/', 1) = ANY ({wanted}::text[]))
            ORDER BY sequence
            LIMIT {limit}
            """).AsNoTracking().ToListAsync(cancellationToken);
    }
}
