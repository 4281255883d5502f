using System.Linq.Expressions;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopRegistry.Data.Search;
using CoopRegistry.Domain.Agreements;
using CoopRegistry.Domain.Directory;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Listing;
using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Data.Queries;

/// <summary>
/// ListAgreements on the offset listing engine (ListQuery: <c>field = value</c> / <c>!=</c> joined by
/// AND), with a leading bare quoted phrase searched accent-insensitively in the search key. To be
/// replaced by the generic listing engine (AIP-160 with OR/NOT/ranges/`:`) when it lands; this file
/// is the only place that knows how agreements are filtered and ordered.
/// </summary>
public static partial class AgreementListing
{
    private static readonly Dictionary<string, AgreementState> States = EnumNames<AgreementState>("AGREEMENT_STATE_");
    private static readonly Dictionary<string, AgreementKind> Kinds = EnumNames<AgreementKind>("AGREEMENT_KIND_");
    private static readonly Dictionary<string, AgreementLevel> Levels = EnumNames<AgreementLevel>("COOPERATION_LEVEL_");
    private static readonly Dictionary<string, CooperationField> Fields = EnumNames<CooperationField>("COOPERATION_FIELD_");
    private static readonly Dictionary<string, Confidentiality> Confidentialities = EnumNames<Confidentiality>("CONFIDENTIALITY_");

    public static readonly ListSchema Schema = new(
        [
            new FilterField("state", FilterValueKind.Enum, States.Keys.ToHashSet()),
            new FilterField("kind", FilterValueKind.Enum, Kinds.Keys.ToHashSet()),
            new FilterField("level", FilterValueKind.Enum, Levels.Keys.ToHashSet()),
            new FilterField("fields", FilterValueKind.Enum, Fields.Keys.ToHashSet()),
            new FilterField("confidentiality", FilterValueKind.Enum, Confidentialities.Keys.ToHashSet()),
            new FilterField("parties.province", FilterValueKind.Text),
            new FilterField("partner_province", FilterValueKind.Text),
            new FilterField("parties.agency", FilterValueKind.Text),
            new FilterField("home_province", FilterValueKind.Text),
            new FilterField("title", FilterValueKind.Text),
            new FilterField("origin_event", FilterValueKind.Text),
            new FilterField("directives", FilterValueKind.Text),
            new FilterField("signing_date", FilterValueKind.Text),
            new FilterField("effective_date", FilterValueKind.Text),
            new FilterField("expiry_date", FilterValueKind.Text),
        ],
        ["name", "title", "signing_date", "effective_date", "expiry_date", "create_time"]);

    private static readonly Dictionary<string, Expression<Func<Agreement, object?>>> Order = new()
    {
        ["name"] = a => a.Id,
        ["title"] = a => a.Title,
        ["signing_date"] = a => a.SigningDate,
        ["effective_date"] = a => a.EffectiveDate,
        ["expiry_date"] = a => a.ExpiryDate,
        ["create_time"] = a => a.CreateTime,
    };

    /// <summary>A leading bare phrase, optionally followed by AND and comparisons.</summary>
    [GeneratedRegex("""^\s*"((?:[^"\\]|\\.)*)"\s*(?:AND\s+(.+))?$""", RegexOptions.Singleline)]
    private static partial Regex LeadingPhrase();

    /// <summary>Parses the request: the bare phrase (if any) and the comparisons.</summary>
    public static (string? Phrase, ListQuery Query) Parse(int pageSize, string? pageToken, string? filter, string? orderBy)
    {
        var phrase = default(string);
        var comparisons = filter;
        if (filter is not null && LeadingPhrase().Match(filter) is { Success: true } match)
        {
            phrase = Regex.Unescape(match.Groups[1].Value).Trim();
            comparisons = match.Groups[2].Success ? match.Groups[2].Value : null;
        }
        var query = ListQuery.Parse(pageSize, pageToken, comparisons, orderBy, Schema);
        // The token belongs to the whole filter, phrase included.
        var fingerprint = PageToken.Fingerprint(filter?.Trim(), orderBy?.Trim());
        query = query with { Fingerprint = fingerprint, Offset = PageToken.Decode(pageToken, fingerprint) };
        return (phrase, query);
    }

    public static Task<Page<Agreement>> ListAsync(IQueryable<Agreement> visible, string? phrase, ListQuery list, CancellationToken cancellationToken)
    {
        var query = visible;
        if (!string.IsNullOrWhiteSpace(phrase))
            query = query.Where(a => a.SearchKey.Contains(SearchFunctions.SearchKey(phrase)));
        foreach (var condition in list.Conditions)
            query = Where(query, condition);
        return query.ToPageAsync(list, Order, "name", cancellationToken);
    }

    private static IQueryable<Agreement> Where(IQueryable<Agreement> query, FilterCondition c) => c.Field switch
    {
        "state" => Is(query, a => a.State == States[c.Value], c.Negated),
        "kind" => Is(query, a => a.Kind == Kinds[c.Value], c.Negated),
        "level" => Is(query, a => a.Level == Levels[c.Value], c.Negated),
        "confidentiality" => Is(query, a => a.Confidentiality == Confidentialities[c.Value], c.Negated),
        "fields" => Is(query, a => a.Fields.Contains(Fields[c.Value]), c.Negated),
        "parties.province" or "partner_province" => Is(query, a => a.PartyProvinceCodes.Contains(Id("provinces", c.Value)), c.Negated),
        "parties.agency" => Is(query, a => a.PartyAgencyIds.Contains(Id("agencies", c.Value)), c.Negated),
        "home_province" => Is(query, a => a.HomeProvinceCode == Id("provinces", c.Value), c.Negated),
        "title" => Is(query, a => a.Title == c.Value, c.Negated),
        "origin_event" => Is(query, a => a.OriginEventId == Id("events", c.Value), c.Negated),
        "directives" => Is(query, a => a.DirectiveIds.Contains(Id("directives", c.Value)), c.Negated),
        "signing_date" => Is(query, a => a.SigningDate == Date(c), c.Negated),
        "effective_date" => Is(query, a => a.EffectiveDate == Date(c), c.Negated),
        "expiry_date" => Is(query, a => a.ExpiryDate == Date(c), c.Negated),
        _ => throw new InvalidOperationException($"no filter for {c.Field}"),
    };

    private static IQueryable<Agreement> Is(IQueryable<Agreement> query, Expression<Func<Agreement, bool>> predicate, bool negated) =>
        query.Where(negated ? Expression.Lambda<Func<Agreement, bool>>(Expression.Not(predicate.Body), predicate.Parameters) : predicate);

    private static string Id(string collection, string name) => ResourceNames.ParseId(collection, name, "filter");

    private static DateOnly Date(FilterCondition c) =>
        DateOnly.TryParseExact(c.Value, "yyyy-MM-dd", out var date) ? date : throw new InvalidArgumentException("filter", $"{c.Field} takes a date as \"YYYY-MM-DD\"");

    private static Dictionary<string, T> EnumNames<T>(string prefix) where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => Convert.ToInt32(v) != 0)
            .ToDictionary(v => prefix + JsonNamingPolicy.SnakeCaseUpper.ConvertName(v.ToString()));
}

/// <summary>ListAgreementRevisions: one agreement's revisions, oldest first, offset pages.</summary>
public static class AgreementRevisionListing
{
    private static readonly ListSchema NoFilters = new([], []);

    public static async Task<Page<AgreementRevision>> ListAsync(RegistryDbContext db, string agreementId, int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        var list = ListQuery.Parse(pageSize, null, null, null, NoFilters);
        var fingerprint = PageToken.Fingerprint(Agreement.CollectionName, agreementId);
        list = list with { Fingerprint = fingerprint, Offset = PageToken.Decode(pageToken, fingerprint) };
        var query = db.Set<AgreementRevision>().AsNoTracking().Where(r => r.AgreementId == agreementId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(r => r.Number).Skip(list.Offset).Take(list.PageSize).ToListAsync(cancellationToken);
        return new Page<AgreementRevision>(items, total, list.NextPageToken(total));
    }
}
