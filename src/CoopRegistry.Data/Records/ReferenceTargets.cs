using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CoopRegistry.Data.Records;

/// <summary>
/// Which of the ids a record names exist, in every collection at once: one statement (a UNION ALL
/// of one indexed lookup per collection) rather than one round trip per collection. Records are read
/// through their views of visible rows, so the call's row scope applies as it does to Get. A
/// province's row says whether it is a home province, an agency's which province it belongs to, so
/// a write's home province and its party agencies' provinces come with the same read. One line per
/// collection: a new record type that others may link to registers itself here.
/// </summary>
internal static class ReferenceTargets
{
    private static readonly Dictionary<string, Type> Collections = new()
    {
        [RecordReference.Provinces] = typeof(Province),
        [RecordReference.Agencies] = typeof(Agency),
        [RecordCollections.Directives] = typeof(Directive),
        [RecordCollections.Agreements] = typeof(Agreement),
        [RecordCollections.Events] = typeof(CooperationEvent),
        [RecordCollections.Plans] = typeof(Plan),
        [RecordCollections.Commitments] = typeof(Commitment),
    };

    /// <summary>The pseudo-collection of the row that names what a client's earlier request with the same id created.</summary>
    public const string PriorRequest = "request_ids";

    /// <summary>
    /// The rows of <paramref name="ids"/> (ids by collection) that exist and the caller may see; with
    /// <paramref name="request"/>, also the name its earlier use created, if any (AIP-155), in the same statement.
    /// </summary>
    public static async Task<ReferenceRows> ReadAsync(RegistryDbContext db, IReadOnlyDictionary<string, List<string>> ids, RequestKey? request, CancellationToken cancellationToken)
    {
        var wanted = ids.Where(pair => pair.Value.Count > 0).ToList();
        if (wanted.Count == 0 && request is null)
            return new ReferenceRows([]);
        var parameters = new List<object>();
        var selects = new List<string>();
        for (var i = 0; i < wanted.Count; i++)
        {
            parameters.Add(new NpgsqlParameter($"ids{i}", wanted[i].Value.ToArray()));
            selects.Add(string.Format(CultureInfo.InvariantCulture, Lookup(db.Model, wanted[i].Key), $"@ids{i}"));
        }
        if (request is { } key)
        {
            parameters.Add(new NpgsqlParameter("client", key.ClientId));
            parameters.Add(new NpgsqlParameter("request", key.RequestId));
            selects.Add(Lookups.GetOrAdd(PriorRequest, (_, m) => PriorRequestSelect(m), db.Model));
        }
        var sql = string.Join("\nUNION ALL\n", selects);
        return new ReferenceRows(await db.Database.SqlQueryRaw<ReferenceRow>(sql, [.. parameters]).ToListAsync(cancellationToken));
    }

    // A collection's lookup, its ids' parameter left as {0}: built from the model once, not on every write.
    private static readonly ConcurrentDictionary<string, string> Lookups = new();

    private static string Lookup(IModel model, string collection) =>
        Lookups.GetOrAdd(collection, (name, m) => Select(m, name), model);

    private static string Select(IModel model, string collection)
    {
        if (!Collections.TryGetValue(collection, out var type))
            throw new InvalidOperationException($"no reference lookup for collection '{collection}'");
        var entity = model.FindEntityType(type)!;
        var relation = entity.GetViewName() is { } view ? $"{entity.GetViewSchema()}.{view}" : $"{entity.GetSchema()}.{entity.GetTableName()}";
        var id = Column(entity, entity.FindPrimaryKey()!.Properties[0].Name);
        var province = type == typeof(Agency) ? "r." + Column(entity, nameof(Agency.ProvinceCode)) : "NULL::text";
        var isHome = type == typeof(Province) ? "r." + Column(entity, nameof(Province.IsHome)) : "false";
        // The columns as the model's naming convention names ReferenceRow's properties (snake case).
        return $"SELECT '{collection}' AS collection, r.{id} AS id, {province} AS province_code, {isHome} AS is_home FROM {relation} AS r WHERE r.{id} = ANY ({{0}})";
    }

    private static string PriorRequestSelect(IModel model)
    {
        var entity = model.FindEntityType(typeof(RequestRecord))!;
        return $"SELECT '{PriorRequest}' AS collection, r.{Column(entity, nameof(RequestRecord.ResourceName))} AS id, NULL::text AS province_code, false AS is_home " +
            $"FROM {entity.GetSchema()}.{entity.GetTableName()} AS r " +
            $"WHERE r.{Column(entity, nameof(RequestRecord.ClientId))} = @client AND r.{Column(entity, nameof(RequestRecord.RequestId))} = @request";
    }

    private static string Column(IEntityType entity, string property) => entity.FindProperty(property)!.GetColumnName();
}

/// <summary>A client's request id (AIP-155).</summary>
internal readonly record struct RequestKey(string ClientId, Guid RequestId);

/// <summary>One named row that exists: its collection and id, an agency's province, whether a province is a home one.</summary>
internal sealed class ReferenceRow
{
    public string Collection { get; init; } = "";
    public string Id { get; init; } = "";
    public string? ProvinceCode { get; init; }
    public bool IsHome { get; init; }
}

/// <summary>
/// What <see cref="ReferenceTargets.ReadAsync"/> found: the named rows that exist and the caller may
/// see, so a record's own reference rules (a commitment's lead agency) judge by the same read.
/// </summary>
public sealed class ReferenceRows
{
    private readonly List<ReferenceRow> rows;
    private readonly HashSet<(string, string)> all;

    internal ReferenceRows(List<ReferenceRow> rows)
    {
        this.rows = rows;
        all = [.. rows.Select(r => (r.Collection, r.Id))];
    }

    internal IReadOnlySet<(string Collection, string Id)> All => all;

    public bool Exists(string collection, string id) => all.Contains((collection, id));

    /// <summary>What the client's earlier request with the same id created, when the read looked for it.</summary>
    internal string? PriorRequestName => rows.Find(r => r.Collection == ReferenceTargets.PriorRequest)?.Id;

    internal bool IsHomeProvince(string code) => rows.Any(r => r.Collection == RecordReference.Provinces && r.Id == code && r.IsHome);

    /// <summary>Whether the agency <paramref name="id"/> exists, and its province (null for a body of no province, a ministry).</summary>
    public bool TryGetAgencyProvince(string id, out string? provinceCode)
    {
        var row = rows.Find(r => r.Collection == RecordReference.Agencies && r.Id == id);
        provinceCode = row?.ProvinceCode;
        return row is not null;
    }

    /// <summary>The provinces of those of <paramref name="agencies"/> that exist and belong to one.</summary>
    internal List<string> ProvincesOf(IReadOnlyCollection<string> agencies) =>
        [.. rows.Where(r => r.Collection == RecordReference.Agencies && r.ProvinceCode is not null && agencies.Contains(r.Id)).Select(r => r.ProvinceCode!)];
}
