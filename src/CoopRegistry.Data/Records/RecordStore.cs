using CoopRegistry.Data.Documents;
using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Documents;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Data.Records;

/// <summary>
/// Reads and writes register records with the rules every record shares: visibility, etags,
/// request ids, references that must exist, parties for access, the search document and
/// timestamps. Services add only what is particular to their record.
/// </summary>
public sealed class RecordStore(RegistryDbContext db, TimeProvider clock)
{
    public RegistryDbContext Db => db;

    /// <summary>The current instant at PostgreSQL's precision (microseconds), so a write answers what a later read returns.</summary>
    public DateTime Now => DatabasePrecision.Truncate(clock.GetUtcNow().UtcDateTime);

    /// <summary>The records the caller may see, withdrawn ones only when asked (untracked).</summary>
    public IQueryable<T> Visible<T>(Caller caller, bool showDeleted = false) where T : RegistryRecord
    {
        var query = db.Set<T>().AsNoTracking().Where(RecordAccess.VisibleTo<T>(caller));
        return showDeleted ? query : query.Where(r => r.DeleteTime == null);
    }

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
        // EF Core inlines the captured query as a subquery of the same statement.
        var documents = db.Set<RecordDocument>().OfRecord(collection, id);
        var found = await db.Set<T>().AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new { Record = r, Documents = documents.ToList() })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"{collection}/{id}");
        RecordAccess.DemandSee(caller, found.Record);
        return (found.Record, found.Documents);
    }

    /// <summary>
    /// A tracked record about to change: visible (else NOT_FOUND), the caller may manage it (else
    /// PERMISSION_DENIED) and the etag, when given, is current (else ABORTED).
    /// </summary>
    public async Task<T> GetForChangeAsync<T>(string collection, string id, string? etag, Caller caller, CancellationToken cancellationToken) where T : RegistryRecord
    {
        var record = await db.Set<T>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException($"{collection}/{id}");
        RecordAccess.DemandSee(caller, record);
        RecordAccess.DemandManage(caller, record);
        Etags.Demand(etag, record);
        return record;
    }

    /// <summary>
    /// Creates a record. With a request_id already used by this client, returns what that request
    /// created and writes nothing (AIP-155), also when two retries race.
    /// </summary>
    public async Task<T> CreateAsync<T>(T record, Caller caller, Guid? requestId, CancellationToken cancellationToken) where T : RegistryRecord
    {
        if (requestId is { } key && await FindPriorAsync<T>(caller, key, cancellationToken) is { } prior)
            return prior;
        return await CreateNewAsync(record, caller, requestId, cancellationToken);
    }

    /// <summary>
    /// <see cref="CreateAsync{T}"/> for a service that has itself just looked for the request_id's
    /// prior (<see cref="FindPriorAsync{T}"/>) and found none: saves a second lookup. A retry racing
    /// this one is still answered with what the winner created.
    /// </summary>
    public async Task<T> CreateNewAsync<T>(T record, Caller caller, Guid? requestId, CancellationToken cancellationToken) where T : RegistryRecord
    {
        RecordAccess.DemandManage(caller, record);
        await RequireHomeProvinceAsync(record, cancellationToken);
        await PrepareAsync(record, cancellationToken);
        record.CreateTime = record.UpdateTime = Now;
        record.CreatedByClient = record.UpdatedByClient = caller.ClientId;
        db.Add(record);
        if (requestId is { } id)
            db.Add(new RequestRecord { ClientId = caller.ClientId, RequestId = id, ResourceName = record.ResourceName, CreateTime = Now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return record;
        }
        catch (DbUpdateException e) when (PostgresErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            if (requestId is { } retry && await FindPriorAsync<T>(caller, retry, cancellationToken) is { } raced)
                return raced;
            throw new AlreadyExistsException(record.ResourceName);
        }
    }

    /// <summary>
    /// Saves a changed tracked record. A concurrent change since it was read is ABORTED; so is a
    /// unique key another writer took between a service's own check and this save (a directive
    /// number, an agreement's next revision number): retried, the check answers properly.
    /// </summary>
    public async Task<T> SaveAsync<T>(T record, Caller caller, CancellationToken cancellationToken) where T : RegistryRecord
    {
        await PrepareAsync(record, cancellationToken);
        record.UpdateTime = Now;
        record.UpdatedByClient = caller.ClientId;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return record;
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(record.ResourceName);
        }
        catch (DbUpdateException e) when (PostgresErrors.IsUniqueViolation(e))
        {
            throw new ConcurrencyConflictException(record.ResourceName);
        }
    }

    /// <summary>
    /// Seeds only: adds a record from seeds/, which has no caller, unless its id exists already
    /// (false: the registry's own later changes win over seeds). Checks the home province and sets
    /// timestamps, search text and <see cref="SeedClient"/> as creator; its references are checked by
    /// <see cref="CompleteSeedAsync"/> once every seed is added, since seeds refer to each other.
    /// </summary>
    public async Task<bool> AddSeedAsync<T>(T record, CancellationToken cancellationToken) where T : RegistryRecord
    {
        if (await db.Set<T>().AnyAsync(r => r.Id == record.Id, cancellationToken))
            return false;
        await RequireHomeProvinceAsync(record, cancellationToken);
        // Provinces and agencies are in already (directory seeds); records may be added later in the same load.
        await RequireExistingAsync(record.References().Where(r => r.Collection is RecordReference.Provinces or RecordReference.Agencies), cancellationToken);
        record.CreateTime = record.UpdateTime = Now;
        record.CreatedByClient = record.UpdatedByClient = SeedClient;
        record.RefreshSearchDocument();
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Seeds only: checks an added seed's references (INVALID_ARGUMENT naming the field) and sets its parties.</summary>
    public async Task CompleteSeedAsync(RegistryRecord record, CancellationToken cancellationToken)
    {
        await PrepareAsync(record, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The creator recorded on seeded records.</summary>
    public const string SeedClient = "seed";

    /// <summary>What an earlier Create by this client with this request_id created, if any (AIP-155).</summary>
    public async Task<T?> FindPriorAsync<T>(Caller caller, Guid requestId, CancellationToken cancellationToken) where T : RegistryRecord
    {
        var prior = await db.Set<RequestRecord>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.ClientId == caller.ClientId && r.RequestId == requestId, cancellationToken);
        if (prior is null)
            return null;
        var id = prior.ResourceName[(prior.ResourceName.IndexOf('/') + 1)..];
        return await db.Set<T>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new InvalidArgumentException("request_id", $"was already used for {prior.ResourceName}; use a new UUID for a new request");
    }

    private async Task RequireHomeProvinceAsync(RegistryRecord record, CancellationToken cancellationToken)
    {
        var home = await db.Provinces.AsNoTracking().SingleOrDefaultAsync(p => p.Code == record.HomeProvinceCode, cancellationToken);
        if (home is not { IsHome: true })
            throw new InvalidArgumentException("home_province", $"provinces/{record.HomeProvinceCode} is not a home province of the registry");
    }

    private async Task RequireExistingAsync(IEnumerable<RecordReference> references, CancellationToken cancellationToken)
    {
        var violations = new List<FieldViolation>();
        foreach (var group in references.GroupBy(r => r.Collection))
        {
            var existing = await ReferenceTargets.ExistingAsync(db, group.Key, group.Select(r => r.Id).Distinct().ToList(), cancellationToken);
            violations.AddRange(group.Where(r => !existing.Contains(r.Id))
                .Select(r => new FieldViolation(r.Field, $"{r.Collection}/{r.Id} does not exist")));
        }
        if (violations.Count > 0)
            throw new InvalidArgumentException(violations);
    }

    /// <summary>Every named province, agency and record must exist; parties and search text follow from them.</summary>
    private async Task PrepareAsync(RegistryRecord record, CancellationToken cancellationToken)
    {
        var references = record.References().ToList();
        await RequireExistingAsync(references, cancellationToken);

        var partyAgencies = RecordParties.AgenciesOf(record);
        var agencyProvinces = await db.Agencies.AsNoTracking()
            .Where(a => partyAgencies.Contains(a.Id) && a.ProvinceCode != null)
            .Select(a => a.ProvinceCode!).ToListAsync(cancellationToken);
        RecordParties.Apply(record, agencyProvinces);
        record.RefreshSearchDocument();
    }
}
