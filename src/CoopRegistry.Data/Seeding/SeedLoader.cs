namespace CoopRegistry.Data.Seeding;

/// <summary>
/// Stores a validated <see cref="SeedSet"/> idempotently: records are matched by their key, new ones
/// are added, changed ones updated, the rest left alone. Records missing from the files are kept,
/// since other records may refer to them.
/// </summary>
public sealed class SeedLoader(RegistryDbContext db)
{
    public async Task<SeedReport> LoadAsync(SeedSet seeds, CancellationToken cancellationToken)
    {
        var provinces = await db.Provinces.ToDictionaryAsync(p => p.Code, cancellationToken);
        foreach (var seed in seeds.Provinces)
            Upsert(provinces, seed.Code, seed, CopyProvince);

        var agencies = await db.Agencies.ToDictionaryAsync(a => a.Id, cancellationToken);
        foreach (var seed in seeds.Agencies)
            Upsert(agencies, seed.Id, seed, CopyAgency);

        var holidays = await db.Set<PublicHoliday>().ToDictionaryAsync(h => (h.CountryCode, h.Date), cancellationToken);
        foreach (var seed in seeds.Holidays)
            Upsert(holidays, (seed.CountryCode, seed.Date), seed, CopyHoliday);
        // The calendar file is authoritative (nothing refers to a holiday): a day it no longer lists,
        // e.g. a provisional Tết day moved by the year's announcement, is removed.
        var listed = seeds.Holidays.Select(h => (h.CountryCode, h.Date)).ToHashSet();
        db.RemoveRange(holidays.Where(h => !listed.Contains(h.Key)).Select(h => h.Value));

        db.ChangeTracker.DetectChanges();
        var entries = db.ChangeTracker.Entries().ToList();
        var report = new SeedReport(
            entries.Count(e => e.State == EntityState.Added),
            entries.Count(e => e.State == EntityState.Modified),
            entries.Count(e => e.State == EntityState.Unchanged));
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    private void Upsert<TKey, T>(Dictionary<TKey, T> existing, TKey key, T seed, Action<T, T> copy) where TKey : notnull where T : class
    {
        if (existing.TryGetValue(key, out var stored))
            copy(seed, stored);
        else
            db.Add(seed);
    }

    private static void CopyProvince(Province from, Province to)
    {
        to.CountryCode = from.CountryCode;
        to.IsHome = from.IsHome;
        to.Names = from.Names;
        to.TimeZone = from.TimeZone;
        to.Sources = from.Sources;
    }

    private static void CopyHoliday(PublicHoliday from, PublicHoliday to)
    {
        to.Kind = from.Kind;
        to.Name = from.Name;
        to.Provisional = from.Provisional;
        to.Sources = from.Sources;
    }

    private static void CopyAgency(Agency from, Agency to)
    {
        to.ProvinceCode = from.ProvinceCode;
        to.CountryCode = from.CountryCode;
        to.Kind = from.Kind;
        to.Names = from.Names;
        to.ShortName = from.ShortName;
        to.Aliases = from.Aliases;
        to.ParentId = from.ParentId;
        to.Sources = from.Sources;
    }
}
