namespace CoopRegistry.Data.Reminders;

/// <summary>A non-recurring open commitment with a firm deadline, as the reminder scan needs it.</summary>
public sealed record DatedCommitment(string Id, string HomeProvinceCode, string LeadAgencyId, List<string> CoordinatingAgencyIds, DateOnly DueDate);

/// <summary>
/// What the reminder service reads of the register: commitments whose deadlines are near or just
/// passed, open recurring ones with their reports, agencies' contacts, and a commitment's details
/// for the text of a mail. It runs as the registry itself (every row), never for a caller.
/// </summary>
public sealed class ReminderSources(RegistryDbContext db)
{
    /// <summary>Open, not withdrawn, non-recurring commitments with a firm deadline whose last day is within [from, to].</summary>
    public Task<List<DatedCommitment>> DatedAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        db.Set<Commitment>().AsNoTracking()
            .Where(c => c.DeleteTime == null && c.Lifecycle == CommitmentLifecycleState.Open && !c.Recurring
                && c.OverdueFrom != null && c.DueDate >= from && c.DueDate <= to)
            .OrderBy(c => c.Id)
            .Select(c => new DatedCommitment(c.Id, c.HomeProvinceCode, c.LeadAgencyId, c.CoordinatingAgencyIds, c.DueDate!.Value))
            .ToListAsync(cancellationToken);

    /// <summary>Open, not withdrawn recurring commitments with the reports the occurrence rule needs.</summary>
    public async Task<(List<Commitment> Commitments, ILookup<string, OccurrenceReport> Reports)> RecurringAsync(CancellationToken cancellationToken)
    {
        var recurring = await db.Set<Commitment>().AsNoTracking()
            .Where(c => c.DeleteTime == null && c.Lifecycle == CommitmentLifecycleState.Open && c.Recurring)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return (recurring, await db.ForOccurrencesAsync([.. recurring.Select(c => c.Id)], cancellationToken));
    }

    /// <summary>Every agency that has contact addresses, by id.</summary>
    public Task<Dictionary<string, Agency>> AgenciesWithContactsAsync(CancellationToken cancellationToken) =>
        db.Agencies.AsNoTracking().Where(a => a.ContactEmails.Count > 0).ToDictionaryAsync(a => a.Id, cancellationToken);

    /// <summary>Agencies by id (for names in a mail).</summary>
    public Task<Dictionary<string, Agency>> AgenciesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);

    /// <summary>Commitments by id, withdrawn ones included (a mail about one is skipped).</summary>
    public Task<Dictionary<string, Commitment>> CommitmentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        db.Set<Commitment>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);

    /// <summary>
    /// A province's open non-recurring commitments with a firm deadline that are overdue at
    /// <paramref name="now"/> or fall due by <paramref name="until"/>, soonest first, at most
    /// <paramref name="limit"/> of them, and how many there are in all (a digest).
    /// </summary>
    public async Task<(List<Commitment> Items, int Total)> DigestAsync(string provinceCode, DateTime now, DateOnly until, int limit, CancellationToken cancellationToken)
    {
        var due = db.Set<Commitment>().AsNoTracking()
            .Where(c => c.DeleteTime == null && c.HomeProvinceCode == provinceCode && c.Lifecycle == CommitmentLifecycleState.Open
                && !c.Recurring && c.OverdueFrom != null && (c.OverdueFrom <= now || c.DueDate <= until));
        var items = await due.OrderBy(c => c.DueDate).ThenBy(c => c.Id).Take(limit).ToListAsync(cancellationToken);
        return (items, items.Count < limit ? items.Count : await due.CountAsync(cancellationToken));
    }
}
