using CoopRegistry.Data.Queries;
using CoopRegistry.Domain.Reminders;

namespace CoopRegistry.Data.Reminders;

/// <summary>Reminders one process took for sending, held until <paramref name="LeaseUntil"/>.</summary>
public sealed record ReminderClaim(List<Reminder> Reminders, DateTime LeaseUntil);

/// <summary>
/// The reminders table, shared by every registry process. Recording is insert-if-absent on the
/// reminder's key, so two processes scanning at once record a reminder once. Claiming leases due
/// rows to one process, skipping rows another process holds (FOR UPDATE SKIP LOCKED), so each row
/// is sent by one process; a process that dies mid-send leaves its lease to expire and another
/// takes the row over. Times come from the caller's clock, not the database's.
/// </summary>
public sealed class ReminderStore(RegistryDbContext db)
{
    /// <summary>ListReminders: one page of the reminders the caller's row scope shows (ReminderListing).</summary>
    public Task<Page<Reminder>> ListAsync(string callerProvince, int pageSize, string? pageToken, string? filter, string? orderBy, CancellationToken cancellationToken) =>
        ReminderListing.ListAsync(db, callerProvince, pageSize, pageToken, filter, orderBy, cancellationToken);

    /// <summary>Records the reminders not recorded yet; answers how many were new.</summary>
    public async Task<int> RecordAsync(IEnumerable<Reminder> due, DateTime now, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var r in due)
        {
            added += await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO registry.reminders
                    (id, subject, commitment_id, home_province_code, milestone, days_before, due_date, recipient, recipient_agency_id,
                     copy, state, attempts, create_time, next_attempt_time)
                VALUES ({Guid.CreateVersion7(now)}, {r.Subject}, {r.CommitmentId}, {r.HomeProvinceCode}, {r.Milestone.ToString()}, {r.DaysBefore}, {r.DueDate},
                        {r.Recipient}, {r.RecipientAgencyId}, {r.Copy}, {nameof(ReminderState.Pending)}, 0, {now}, {now})
                ON CONFLICT (subject, due_date, milestone, days_before, recipient) DO NOTHING
                """, cancellationToken);
        }
        return added;
    }

    /// <summary>
    /// Leases up to <paramref name="limit"/> reminders whose attempt is due (pending or retrying,
    /// not leased or under an expired lease) to this process until <paramref name="now"/> +
    /// <paramref name="lease"/>, counting the attempt. Oldest first.
    /// </summary>
    public async Task<ReminderClaim> ClaimAsync(DateTime now, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        var until = now + lease;
        var claimed = await db.Set<Reminder>().FromSqlInterpolated($"""
            UPDATE registry.reminders r
            SET lease_until = {until}, attempts = r.attempts + 1
            WHERE r.id IN (
                SELECT id FROM registry.reminders
                WHERE state IN ({nameof(ReminderState.Pending)}, {nameof(ReminderState.Retrying)})
                  AND next_attempt_time <= {now} AND (lease_until IS NULL OR lease_until <= {now})
                ORDER BY create_time, id
                LIMIT {limit}
                FOR UPDATE SKIP LOCKED)
            RETURNING r.*
            """).AsNoTracking().ToListAsync(cancellationToken);
        return new ReminderClaim([.. claimed.OrderBy(r => r.CreateTime).ThenBy(r => r.Id)], until);
    }

    /// <summary>The mail server accepted the message of these reminders.</summary>
    public Task SentAsync(ReminderClaim claim, IReadOnlyCollection<Guid> ids, DateTime now) =>
        Settle(claim, ids, ReminderState.Sent, now, null, now);

    /// <summary>An attempt failed; try again at <paramref name="next"/>.</summary>
    public Task RetryAsync(ReminderClaim claim, IReadOnlyCollection<Guid> ids, string error, DateTime next) =>
        Settle(claim, ids, ReminderState.Retrying, null, error, next);

    /// <summary>Refused for good, or no longer due (<see cref="ReminderState.Failed"/>, <see cref="ReminderState.Skipped"/>).</summary>
    public Task CloseAsync(ReminderClaim claim, IReadOnlyCollection<Guid> ids, ReminderState state, string reason, DateTime now) =>
        Settle(claim, ids, state, null, reason, now);

    // Settling runs even while the process stops (no cancellation): a sent mail must be marked sent.
    // Only rows still under this claim's lease are settled, so a row another process took over is left to it.
    private Task Settle(ReminderClaim claim, IReadOnlyCollection<Guid> ids, ReminderState state, DateTime? sendTime, string? reason, DateTime next)
    {
        var error = reason is { Length: > 2000 } ? reason[..2000] : reason;
        return db.Set<Reminder>()
            .Where(r => ids.Contains(r.Id) && r.LeaseUntil == claim.LeaseUntil)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.State, state)
                .SetProperty(r => r.SendTime, sendTime)
                .SetProperty(r => r.LastError, error)
                .SetProperty(r => r.NextAttemptTime, next)
                .SetProperty(r => r.LeaseUntil, (DateTime?)null), CancellationToken.None);
    }
}
