namespace CoopRegistry.Data.Queries;

/// <summary>Read-only queries over provinces and agencies (no tracking).</summary>
public sealed class DirectoryReader(RegistryDbContext db)
{
    public Task<Page<Province>> ListProvincesAsync(ListRequest request, CancellationToken cancellationToken) =>
        db.Provinces.AsNoTracking().ToPageAsync(DirectorySchemas.Provinces, request, cancellationToken);

    public Task<Page<Agency>> ListAgenciesAsync(ListRequest request, CancellationToken cancellationToken) =>
        db.Agencies.AsNoTracking().ToPageAsync(DirectorySchemas.Agencies, request, cancellationToken);

    public async Task<Province> GetProvinceAsync(string code, CancellationToken cancellationToken) =>
        await db.Provinces.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken)
            ?? throw new NotFoundException(ResourceNames.Format(Province.Collection, code));

    /// <summary>A province's own agencies: the ones its notices assign tasks to.</summary>
    public async Task<IReadOnlyList<Agency>> AgenciesOfProvinceAsync(string provinceCode, CancellationToken cancellationToken) =>
        await db.Agencies.AsNoTracking().Where(a => a.ProvinceCode == provinceCode).OrderBy(a => a.Id).ToListAsync(cancellationToken);

    public async Task<Agency> GetAgencyAsync(string id, CancellationToken cancellationToken) =>
        await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException(ResourceNames.Format(Agency.Collection, id));
}
