using CoopRegistry.Domain.Access;
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

    /// <summary>The current instant at PostgreSQL's precision (microseconds), so a written record reads back equal.</summary>
    public DateTime Now
    {
        get
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return now.AddTicks(-(now.Ticks % 10));
        }
    }

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

    /// <summary>Saves a changed tracked record; a concurrent change since it was read is ABORTED.</summary>
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
    }

    private async Task<T?> FindPriorAsync<T>(Caller caller, Guid requestId, CancellationToken cancellationToken) where T : RegistryRecord
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

    /// <summary>Every named province, agency and record must exist; parties and search text follow from them.</summary>
    private async Task PrepareAsync(RegistryRecord record, CancellationToken cancellationToken)
    {
        var references = record.References().ToList();
        var violations = new List<FieldViolation>();
        foreach (var group in references.GroupBy(r => r.Collection))
        {
            var existing = await ReferenceTargets.ExistingAsync(db, group.Key, group.Select(r => r.Id).Distinct().ToList(), cancellationToken);
            violations.AddRange(group.Where(r => !existing.Contains(r.Id))
                .Select(r => new FieldViolation(r.Field, $"{r.Collection}/{r.Id} does not exist")));
        }
        if (violations.Count > 0)
            throw new InvalidArgumentException(violations);

        var partyAgencies = references.Where(r => r.Party && r.Collection == RecordReference.Agencies).Select(r => r.Id).Distinct().ToList();
        var agencyProvinces = await db.Agencies.AsNoTracking()
            .Where(a => partyAgencies.Contains(a.Id) && a.ProvinceCode != null)
            .Select(a => a.ProvinceCode!).ToListAsync(cancellationToken);
        record.PartyAgencyIds = partyAgencies;
        record.PartyProvinceCodes = references.Where(r => r.Party && r.Collection == RecordReference.Provinces).Select(r => r.Id)
            .Concat(agencyProvinces).Distinct().Order(StringComparer.Ordinal).ToList();
        record.RefreshSearchDocument();
    }
}
