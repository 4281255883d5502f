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
    public static Task<T> CreateOnceAsync<T>(
        RegistryDbContext db, Caller caller, Guid? requestId, string field,
        Func<string, CancellationToken, Task<T?>> created, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken)
        where T : class =>
        CreateOnceAsync(db, caller, requestId, field, (key, ct) => PriorNameAsync(db, caller, key, ct), created, create, cancellationToken);

    /// <summary>
    /// <see cref="CreateOnceAsync{T}(RegistryDbContext, Caller, Guid?, string, Func{string, CancellationToken, Task{T}}, Func{CancellationToken, Task{T}}, CancellationToken)"/>
    /// with the first look for the earlier request made by <paramref name="priorName"/>, so a create
    /// can make it with its own first read (a record's references).
    /// </summary>
    public static async Task<T> CreateOnceAsync<T>(
        RegistryDbContext db, Caller caller, Guid? requestId, string field, Func<Guid, CancellationToken, Task<string?>> priorName,
        Func<string, CancellationToken, Task<T?>> created, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken)
        where T : class
    {
        if (requestId is { } key && await priorName(key, cancellationToken) is { } name)
            return await AnswerAsync(name, field, created, cancellationToken);
        try
        {
            return await create(cancellationToken);
        }
        catch (DomainException e) when (requestId is not null && e is AlreadyExistsException or ConcurrencyConflictException)
        {
            db.ChangeTracker.Clear();
            if (await PriorNameAsync(db, caller, requestId.Value, cancellationToken) is { } raced)
                return await AnswerAsync(raced, field, created, cancellationToken);
            throw;
        }
    }

    /// <summary>Notes that this request creates <paramref name="resourceName"/>; saved with it.</summary>
    public static void Remember(RegistryDbContext db, Caller caller, Guid? requestId, string resourceName, DateTime now)
    {
        if (requestId is { } key)
            db.Add(new RequestRecord { ClientId = caller.ClientId, RequestId = key, ResourceName = resourceName, CreateTime = now });
    }

    private static Task<string?> PriorNameAsync(RegistryDbContext db, Caller caller, Guid requestId, CancellationToken cancellationToken) =>
        db.Set<RequestRecord>().AsNoTracking()
            .Where(r => r.ClientId == caller.ClientId && r.RequestId == requestId).Select(r => r.ResourceName)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>What the earlier request named <paramref name="name"/>; INVALID_ARGUMENT when it was something else.</summary>
    private static async Task<T> AnswerAsync<T>(string name, string field, Func<string, CancellationToken, Task<T?>> created, CancellationToken cancellationToken)
        where T : class =>
        await created(name, cancellationToken)
            ?? throw new InvalidArgumentException(field, $"was already used for {name}; use a new UUID for a new request");
}
