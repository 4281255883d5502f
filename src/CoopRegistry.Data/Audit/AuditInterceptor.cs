using System.Runtime.CompilerServices;

namespace CoopRegistry.Data.Audit;

/// <summary>
/// Turns every audited change a DbContext saves into an audit entry written in the same
/// transaction, just before it commits, and chained right after the commit (<see cref="AuditWriter"/>,
/// by a run shared with the process's other commits: <see cref="AuditSequencer"/>).
/// SaveChanges notes what changed and how it was; the commit writes the entries, then the chain. Changes of a transaction that rolls back, or of a
/// SaveChanges that fails or is cancelled, are dropped with it. No service has to remember to audit.
/// </summary>
public sealed class AuditInterceptor(IAuditSubjects subjects, TimeProvider clock) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<TimeProvider, ConditionalWeakTable<IAuditSubjects, AuditInterceptor>> Shared = new();

    /// <summary>
    /// One interceptor per clock and subjects: a new instance for every set of options could make
    /// EF build a new internal service provider each time (ManyServiceProvidersCreatedWarning).
    /// </summary>
    public static AuditInterceptor For(IAuditSubjects subjects, TimeProvider clock) =>
        Shared.GetOrCreateValue(clock).GetValue(subjects, s => new AuditInterceptor(s, clock));

    private readonly ConditionalWeakTable<DbContext, List<PendingChange>> pending = new();

    // Contexts whose transaction wrote pending entries: its commit is followed by sequencing them.
    private readonly ConditionalWeakTable<DbContext, object> unsequenced = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => DropUnsaved(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        DropUnsaved(eventData.Context);
        return Task.CompletedTask;
    }

    // A cancelled SaveChanges is not a failed one to EF Core: it calls these instead. Changes it noted
    // before its transaction began would otherwise wait in the pooled context for the next caller's
    // transaction to adopt them, and that caller's commit would audit a write that never happened.
    public void SaveChangesCanceled(DbContextEventData eventData) => DropUnsaved(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        DropUnsaved(eventData.Context);
        return Task.CompletedTask;
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Adopt(eventData);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Adopt(eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        AppendAsync(transaction, eventData, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await AppendAsync(transaction, eventData, cancellationToken);
        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context && unsequenced.Remove(context))
            ChainedAsync(context).GetAwaiter().GetResult();
    }

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && unsequenced.Remove(context))
            await ChainedAsync(context);
    }

    // The commit's entries chained before the call goes on, by a sequencer run shared with the process's other commits.
    private static Task ChainedAsync(DbContext context)
    {
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        return AuditSequencer.For(connection).ChainedAsync(connection, AuditWriter.SequenceAsync);
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Drop(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Drop(eventData);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData);
        return Task.CompletedTask;
    }

    /// <summary>Before SaveChanges runs: what changes, as it was, and by whom.</summary>
    private void Note(DbContext? context)
    {
        if (context is null)
            return;
        context.ChangeTracker.DetectChanges();
        var changes = pending.GetOrCreateValue(context);
        var transactionId = context.Database.CurrentTransaction?.TransactionId;
        var actor = AuditActor.Current;
        var noted = false;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            var change = entry.State switch
            {
                EntityState.Added => AuditChange.Created,
                EntityState.Modified => AuditChange.Updated,
                EntityState.Deleted => AuditChange.Deleted,
                _ => (AuditChange?)null,
            };
            if (change is null || subjects.Describe(entry) is not { } subject)
                continue;
            var before = change == AuditChange.Created ? null : RecordImage.Of(entry, original: true, subject.Redacted);
            changes.Add(new PendingChange(entry, subject, change.Value, before, actor) { TransactionId = transactionId });
            noted = true;
        }
        // Even a one-row save needs a transaction to write its audit entry into.
        if (noted && transactionId is null)
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }

    /// <summary>After SaveChanges inside a longer transaction: the values as saved, before later saves change them.</summary>
    private void Saved(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var changes))
            return;
        foreach (var change in changes.Where(c => !c.Saved))
        {
            change.CaptureAfter();
            change.Saved = true;
        }
    }

    private void DropUnsaved(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var changes))
            changes.RemoveAll(c => !c.Saved);
    }

    /// <summary>
    /// A transaction starts: changes noted without one belong to it (SaveChanges' own transaction);
    /// changes of an earlier transaction that ended without commit or rollback events are stale.
    /// </summary>
    private void Adopt(TransactionEndEventData eventData)
    {
        if (eventData.Context is null || !pending.TryGetValue(eventData.Context, out var changes))
            return;
        changes.RemoveAll(c => c.TransactionId is { } id && id != eventData.TransactionId);
        foreach (var change in changes.Where(c => c.TransactionId is null))
            change.TransactionId = eventData.TransactionId;
    }

    private async Task AppendAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken)
    {
        if (eventData.Context is null || !pending.TryGetValue(eventData.Context, out var changes))
            return;
        var committing = changes.Where(c => c.TransactionId == eventData.TransactionId).ToList();
        if (committing.Count == 0)
            return;
        foreach (var change in committing)
            change.CaptureAfter();
        await AuditWriter.AppendAsync(transaction, committing, DatabasePrecision.Truncate(clock.GetUtcNow().UtcDateTime), cancellationToken);
        changes.RemoveAll(committing.Contains);
        unsequenced.AddOrUpdate(eventData.Context, eventData.TransactionId);
    }

    private void Drop(TransactionEndEventData eventData)
    {
        if (eventData.Context is not null)
            unsequenced.Remove(eventData.Context);
        if (eventData.Context is not null && pending.TryGetValue(eventData.Context, out var changes))
            changes.RemoveAll(c => c.TransactionId == eventData.TransactionId);
    }
}
