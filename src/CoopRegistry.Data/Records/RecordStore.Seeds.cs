namespace CoopRegistry.Data.Records;

/// <summary>The seed loader's writes: records from seeds/, which have no caller.</summary>
public sealed partial class RecordStore
{
    /// <summary>The creator recorded on seeded records.</summary>
    public const string SeedClient = "seed";

    /// <summary>
    /// Adds a record from seeds/ unless its id exists already (false: the registry's own later
    /// changes win over seeds). Checks the home province and sets timestamps, search text and
    /// <see cref="SeedClient"/> as creator; its references are checked by
    /// <see cref="CompleteSeedAsync"/> once every seed is added, since seeds refer to each other.
    /// </summary>
    public async Task<bool> AddSeedAsync<T>(T record, CancellationToken cancellationToken) where T : RegistryRecord
    {
        if (await db.Set<T>().AnyAsync(r => r.Id == record.Id, cancellationToken))
            return false;
        // Provinces and agencies are in already (directory seeds); records may be added later in the same load.
        var directory = record.References().Where(r => r.Collection is RecordReference.Provinces or RecordReference.Agencies).ToList();
        var found = await ReadReferencesAsync(directory, record.HomeProvinceCode, request: null, cancellationToken);
        DemandHomeProvince(found, record.HomeProvinceCode);
        DemandExisting(found, directory);
        record.CreateTime = record.UpdateTime = Now;
        record.CreatedByClient = record.UpdatedByClient = SeedClient;
        record.RefreshSearchDocument();
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Checks an added seed's references (INVALID_ARGUMENT naming the field) and sets its parties.</summary>
    public async Task CompleteSeedAsync(RegistryRecord record, CancellationToken cancellationToken)
    {
        await PrepareAsync(record, homeProvince: null, NoReferenceRule, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
