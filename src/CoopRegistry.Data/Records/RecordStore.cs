namespace CoopRegistry.Data.Records;

/// <summary>
/// Reads and writes register records with the rules every record shares: visibility, etags,
/// request ids, references that must exist, parties for access, the search document and
/// timestamps. Services add only what is particular to their record; the queries a service needs
/// beyond these are this store's too (extension methods next to their record in this project).
/// </summary>
public sealed partial class RecordStore(RegistryDbContext db, TimeProvider clock, EtagSeal etags)
{
    /// <summary>For this project's queries only: the services read and write through the store's methods.</summary>
    internal RegistryDbContext Db => db;

    /// <summary>The current instant at PostgreSQL's precision (microseconds), so a write answers what a later read returns.</summary>
    public DateTime Now => DatabasePrecision.Truncate(clock.GetUtcNow().UtcDateTime);

    /// <summary>The records the caller may see, withdrawn ones only when asked (untracked).</summary>
    public IQueryable<T> Visible<T>(Caller caller, bool showDeleted = false) where T : RegistryRecord
    {
        var query = db.Set<T>().AsNoTracking().Where(RecordAccess.VisibleTo<T>(caller));
        return showDeleted ? query : query.Where(r => r.DeleteTime == null);
    }

    /// <summary>The record's etag as callers see it (<see cref="EtagSeal"/>).</summary>
    public string EtagOf(RegistryRecord record) => etags.Of(record);

    /// <summary>One record the caller may see, or NOT_FOUND (also when it exists but is out of reach).</summary>
    public async Task<T> GetAsync<T>(string collection, string id, Caller caller, CancellationToken cancellationToken) where T : RegistryRecord
    {
        var record = await db.Set<T>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException($"{collection}/{id}");
        RecordAccess.DemandSee(caller, record);
        return record;
    }

    /// <summary>
    /// <see cref="GetAsync{T}"/> with the record's documents, oldest first, read in the same
    /// statement (a join) rather than a second round trip. The caller decides whether to show them.
    /// </summary>
    public async Task<(T Record, IReadOnlyList<RecordDocument> Documents)> GetWithDocumentsAsync<T>(string collection, string id, Caller caller, CancellationToken cancellationToken) where T : RegistryRecord
    {
        T? record = null;
        var documents = new List<RecordDocument>();
        await foreach (var row in CompiledGets<T>.WithDocuments(db, collection, id).WithCancellation(cancellationToken))
        {
            record ??= row.Record;
            if (row.Document is { } document)
                documents.Add(document);
        }
        if (record is null)
            throw new NotFoundException($"{collection}/{id}");
        RecordAccess.DemandSee(caller, record);
        return (record, documents.InShownOrder());
    }

    /// <summary>
    /// A tracked record about to change: visible (else NOT_FOUND), the caller may manage it (else
    /// PERMISSION_DENIED) and the etag, when given, is current (else ABORTED).
    /// </summary>
    public Task<T> GetForChangeAsync<T>(string collection, string id, string? etag, Caller caller, CancellationToken cancellationToken) where T : RegistryRecord =>
        GetForChangeAsync<T>(collection, id, etag, caller, RecordAccess.DemandManage, cancellationToken);

    /// <summary>As <see cref="GetForChangeAsync{T}(string, string, string?, Caller, CancellationToken)"/>, with the move's own access rule (a lead agency's report, an authority's decision).</summary>
    public async Task<T> GetForChangeAsync<T>(string collection, string id, string? etag, Caller caller, Action<Caller, T> demand, CancellationToken cancellationToken)
        where T : RegistryRecord
    {
        var record = await db.Set<T>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException($"{collection}/{id}");
        RecordAccess.DemandSee(caller, record);
        demand(caller, record);
        etags.Demand(etag, record);
        return record;
    }

    /// <summary>
    /// Creates a record. With a request_id already used by this client, returns what that request
    /// created and writes nothing (AIP-155), also when two retries race.
    /// </summary>
    public Task<T> CreateAsync<T>(T record, Caller caller, Guid? requestId, CancellationToken cancellationToken) where T : RegistryRecord =>
        CreateAsync(record, caller, requestId, _ => Task.CompletedTask, cancellationToken);

    /// <summary>
    /// <see cref="CreateAsync{T}(T, Caller, Guid?, CancellationToken)"/> with the record's own checks
    /// (a directive's number, a commitment's source and deadline facts): <paramref name="prepare"/>
    /// runs only for a new request, after the access check.
    /// </summary>
    public Task<T> CreateAsync<T>(T record, Caller caller, Guid? requestId, Func<T, Task> prepare, CancellationToken cancellationToken)
        where T : RegistryRecord =>
        CreateAsync(record, caller, requestId, prepare, NoReferenceRule, cancellationToken);

    /// <summary>
    /// <see cref="CreateAsync{T}(T, Caller, Guid?, Func{T, Task}, CancellationToken)"/> with a rule of
    /// the record's own on what its references are (a commitment's lead agency), judged by
    /// <paramref name="judgeReferences"/> from the same read once every reference is known to exist.
    /// </summary>
    public Task<T> CreateAsync<T>(T record, Caller caller, Guid? requestId, Func<T, Task> prepare, Func<ReferenceRows, Task> judgeReferences, CancellationToken cancellationToken)
        where T : RegistryRecord
    {
        // A request id is looked up in the same statement as the references, before any check.
        ReadReferences? readFirst = null;
        return RequestLog.CreateOnceAsync(db, caller, requestId, "request_id",
            async (key, ct) => (readFirst = await ReadFirstAsync(record, new RequestKey(caller.ClientId, key), ct)).Rows.PriorRequestName,
            (name, ct) => CreatedAsync(record, name, ct), async ct =>
        {
            RecordAccess.DemandManage(caller, record);
            await prepare(record);
            await PrepareAsync(record, record.HomeProvinceCode, judgeReferences, ct, readFirst);
            record.CreateTime = record.UpdateTime = Now;
            record.CreatedByClient = record.UpdatedByClient = caller.ClientId;
            db.Add(record);
            RequestLog.Remember(db, caller, requestId, record.ResourceName, Now);
            await SaveChangesAsync(record.ResourceName, () => new AlreadyExistsException(record.ResourceName), ct);
            return record;
        }, cancellationToken);
    }

    /// <summary>Adds a part of a record (a revision, a progress report) that the record's next <see cref="SaveAsync{T}(T, Caller, CancellationToken)"/> writes with it.</summary>
    public void AddPart(object part) => db.Add(part);

    /// <summary>
    /// Saves a changed tracked record, and the parts added to it. A concurrent change since it was
    /// read is ABORTED; so is a unique key another writer took between a service's own check and
    /// this save (a directive number, an agreement's next revision number): retried, the check answers properly.
    /// </summary>
    public Task<T> SaveAsync<T>(T record, Caller caller, CancellationToken cancellationToken) where T : RegistryRecord =>
        SaveAsync(record, caller, NoReferenceRule, cancellationToken);

    /// <summary><see cref="SaveAsync{T}(T, Caller, CancellationToken)"/> with the record's own rule on its references, as for a create.</summary>
    public async Task<T> SaveAsync<T>(T record, Caller caller, Func<ReferenceRows, Task> judgeReferences, CancellationToken cancellationToken) where T : RegistryRecord
    {
        await PrepareAsync(record, homeProvince: null, judgeReferences, cancellationToken);
        record.UpdateTime = Now;
        record.UpdatedByClient = caller.ClientId;
        await SaveChangesAsync(record.ResourceName, () => new ConcurrencyConflictException(record.ResourceName), cancellationToken);
        return record;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: all its saves commit, or none.</summary>
    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>The record a request named <paramref name="name"/> created, if it is one of <typeparamref name="T"/>'s.</summary>
    private async Task<T?> CreatedAsync<T>(T record, string name, CancellationToken cancellationToken) where T : RegistryRecord
    {
        var prefix = record.Collection + "/";
        if (!name.StartsWith(prefix, StringComparison.Ordinal))
            return null;
        var id = name[prefix.Length..];
        return await db.Set<T>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    /// <summary>Saves the context; a stale row is ABORTED, a unique key taken is <paramref name="taken"/>.</summary>
    private async Task SaveChangesAsync(string resourceName, Func<DomainException> taken, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(resourceName);
        }
        catch (DbUpdateException e) when (PostgresErrors.IsUniqueViolation(e))
        {
            throw taken();
        }
    }
}
