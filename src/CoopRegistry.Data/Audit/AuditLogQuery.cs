using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Data.Audit;

/// <summary>What a listing of the audit log keeps; null means any. Filters combine with AND.</summary>
/// <param name="Record">A record's exact name: its entries and its parts' (entries whose parent it is).</param>
/// <param name="AgencyId">The writer's agency id (without <c>agencies/</c>).</param>
/// <param name="From">Entries at or after this instant.</param>
/// <param name="Until">Entries before this instant.</param>
/// <param name="AfterSequence">Entries after this sequence (keyset: also where a page continues).</param>
/// <param name="PersonId">The person who made the writes (their user name).</param>
public sealed record AuditLogFilter(string? Record, string? AgencyId, string? ClientId, DateTime? From, DateTime? Until, long AfterSequence, string? PersonId = null);

/// <summary>Pages of the audit log in ascending sequence, each filter served by an index ending in sequence.</summary>
public static class AuditLogQuery
{
    /// <summary>Up to <paramref name="size"/> + 1 entries: one more than a page says whether another follows.</summary>
    public static Task<List<AuditEntry>> PageAsync(RegistryDbContext db, AuditLogFilter filter, int size, CancellationToken cancellationToken)
    {
        var entries = db.Set<AuditEntry>().AsNoTracking().Where(e => e.Sequence > filter.AfterSequence);
        if (filter.Record is { } record)
            entries = entries.Where(e => e.RecordName == record || e.ParentName == record);
        if (filter.AgencyId is { } agency)
            entries = entries.Where(e => e.AgencyId == agency);
        if (filter.ClientId is { } client)
            entries = entries.Where(e => e.ClientId == client);
        if (filter.PersonId is { } person)
            entries = entries.Where(e => e.PersonId == person);
        if (filter.From is { } from)
            entries = entries.Where(e => e.Time >= from);
        if (filter.Until is { } until)
            entries = entries.Where(e => e.Time < until);
        return entries.OrderBy(e => e.Sequence).Take(size + 1).ToListAsync(cancellationToken);
    }
}
