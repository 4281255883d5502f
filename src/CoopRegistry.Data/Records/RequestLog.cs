namespace CoopRegistry.Data.Records;

/// <summary>
/// AIP-155 request ids, the one way a create is made idempotent (records, progress reports,
/// uploaded documents): the client's request id is saved with the name of what it created, in the
/// same transaction, and a retry is answered with that. Two retries that race both miss the other's
/// id; the second one's save then fails on it, and that one answers what the first created.
/// </summary>
internal static class RequestLog
{
    /// <summary>
    /// What the client's earlier request with <paramref name="requestId"/> created (read by
    /// <paramref name="created"/> from its name), else what <paramref name="create"/> makes; a
    /// create refused as ALREADY_EXISTS or ABORTED looks again for a racing retry's result.
    /// </summary>
    public static async Task<T> CreateOnceAsync<T>(
        RegistryDbContext db, Caller caller, Guid? requestId, string field,
        Func<string, CancellationToken, Task<T?>> created, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken)
        where T : class
    {
        if (requestId is { } key && await PriorAsync(db, caller, key, field, created, cancellationToken) is { } prior)
            return prior;
        try
        {
            return await create(cancellationToken);
        }
        catch (DomainException e) when (requestId is not null && e is AlreadyExistsException or ConcurrencyConflictException)
        {
            db.ChangeTracker.Clear();
            if (await PriorAsync(db, caller, requestId.Value, field, created, cancellationToken) is { } raced)
                return raced;
            throw;
        }
    }

    /// <summary>Notes that this request creates <paramref name="resourceName"/>; saved with it.</summary>
    public static void Remember(RegistryDbContext db, Caller caller, Guid? requestId, string resourceName, DateTime now)
    {
        if (requestId is { } key)
            db.Add(new RequestRecord { ClientId = caller.ClientId, RequestId = key, ResourceName = resourceName, CreateTime = now });
    }

    private static async Task<T?> PriorAsync<T>(
        RegistryDbContext db, Caller caller, Guid requestId, string field, Func<string, CancellationToken, Task<T?>> created, CancellationToken cancellationToken)
        where T : class
    {
        var name = await db.Set<RequestRecord>().AsNoTracking()
            .Where(r => r.ClientId == caller.ClientId && r.RequestId == requestId).Select(r => r.ResourceName)
            .SingleOrDefaultAsync(cancellationToken);
        if (name is null)
            return null;
        return await created(name, cancellationToken)
            ?? throw new InvalidArgumentException(field, $"was already used for {name}; use a new UUID for a new request");
    }
}
