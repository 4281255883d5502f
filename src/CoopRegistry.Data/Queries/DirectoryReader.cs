using System.Linq.Expressions;
using CoopRegistry.Domain.Directory;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Listing;
using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Data.Queries;

/// <summary>Read-only queries over provinces and agencies (no tracking).</summary>
public sealed class DirectoryReader(RegistryDbContext db)
{
    private static readonly Dictionary<string, Expression<Func<Province, object?>>> ProvinceOrder = new()
    {
        ["code"] = p => p.Code,
        ["country_code"] = p => p.CountryCode,
        ["display_names.en"] = p => p.Names.En,
    };

    private static readonly Dictionary<string, Expression<Func<Agency, object?>>> AgencyOrder = new()
    {
        ["name"] = a => a.Id,
        ["province"] = a => a.ProvinceCode,
        ["kind"] = a => a.Kind,
        ["display_names.en"] = a => a.Names.En,
    };

    public Task<Page<Province>> ListProvincesAsync(ListQuery list, CancellationToken cancellationToken)
    {
        var query = db.Provinces.AsNoTracking();
        foreach (var condition in list.Conditions)
            query = condition.Field switch
            {
                "country_code" => query.Where(condition.Negated ? p => p.CountryCode != condition.Value : p => p.CountryCode == condition.Value),
                "home" => query.Where(p => p.IsHome == (condition.AsBoolean != condition.Negated)),
                _ => throw new InvalidOperationException($"no filter for {condition.Field}"),
            };
        return query.ToPageAsync(list, ProvinceOrder, "code", cancellationToken);
    }

    public Task<Page<Agency>> ListAgenciesAsync(ListQuery list, CancellationToken cancellationToken)
    {
        var query = db.Agencies.AsNoTracking();
        foreach (var condition in list.Conditions)
            query = condition.Field switch
            {
                "province" => query.Where(Matches(a => a.ProvinceCode, ResourceNames.ParseId(Province.Collection, condition.Value, "filter"), condition.Negated)),
                "country_code" => query.Where(Matches(a => a.CountryCode, condition.Value, condition.Negated)),
                "kind" => WhereKind(query, AgencyKindNames.All[condition.Value], condition.Negated),
                "parent" => query.Where(Matches(a => a.ParentId, ResourceNames.ParseId(Agency.Collection, condition.Value, "filter"), condition.Negated)),
                _ => throw new InvalidOperationException($"no filter for {condition.Field}"),
            };
        return query.ToPageAsync(list, AgencyOrder, "name", cancellationToken);
    }

    public async Task<Province> GetProvinceAsync(string code, CancellationToken cancellationToken) =>
        await db.Provinces.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken)
            ?? throw new NotFoundException(ResourceNames.Format(Province.Collection, code));

    public async Task<Agency> GetAgencyAsync(string id, CancellationToken cancellationToken) =>
        await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException(ResourceNames.Format(Agency.Collection, id));

    /// <summary>
    /// <c>column = value</c>, or for != every row whose column differs, rows without a value included
    /// (EF Core translates C# null semantics, so NULL != 'x' is true here).
    /// </summary>
    private static Expression<Func<Agency, bool>> Matches(Expression<Func<Agency, string?>> column, string value, bool negated)
    {
        var constant = Expression.Constant(value, typeof(string));
        var body = negated ? Expression.NotEqual(column.Body, constant) : Expression.Equal(column.Body, constant);
        return Expression.Lambda<Func<Agency, bool>>(body, column.Parameters);
    }

    private static IQueryable<Agency> WhereKind(IQueryable<Agency> query, AgencyKind kind, bool negated) =>
        negated ? query.Where(a => a.Kind != kind) : query.Where(a => a.Kind == kind);
}
