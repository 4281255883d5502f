namespace CoopRegistry.Data.Commitments;

/// <summary>
/// Appends a <see cref="CommitmentHistory"/> row for every commitment added or modified by a
/// SaveChanges, in that same SaveChanges (one transaction): no service has to remember it, and a
/// write that fails leaves no history behind. Registered once in <see cref="RegistryDbContextOptions"/>.
/// </summary>
public sealed class CommitmentHistoryInterceptor : SaveChangesInterceptor
{
    public static readonly CommitmentHistoryInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Append(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Append(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Append(DbContext? context)
    {
        if (context is null)
            return;
        context.ChangeTracker.DetectChanges();
        var changed = context.ChangeTracker.Entries<Commitment>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .ToList();
        foreach (var entry in changed)
        {
            // The store sets UpdateTime to its clock on every write; a write that did not is recorded now.
            var stamped = entry.State == EntityState.Added || entry.Property(c => c.UpdateTime).IsModified;
            var recordedAt = stamped && entry.Entity.UpdateTime != default ? entry.Entity.UpdateTime : DatabasePrecision.Truncate(DateTime.UtcNow);
            context.Add(CommitmentHistory.Of(entry.Entity, recordedAt));
        }
    }
}
