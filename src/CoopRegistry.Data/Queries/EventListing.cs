using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopRegistry.Data.Search;
using CoopRegistry.Domain.Directory;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Events;
using CoopRegistry.Domain.Listing;
using CoopRegistry.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Data.Queries;

/// <summary>
/// ListEvents until the shared listing engine lands (then this file becomes a ListSchema of the
/// same fields). Interim grammar: terms joined by AND (or juxtaposed), each a bare quoted phrase
/// searched in the folded text (search_key), or <c>field op value</c> with =, !=, &lt;, &lt;=,
/// &gt;, &gt;= and : (contains). OR, NOT and parentheses are refused (INVALID_ARGUMENT on filter).
/// Offset page tokens bound to the filter, order_by and show_deleted.
/// </summary>
public static partial class EventListing
{
    public static readonly IReadOnlyList<string> OrderFields = ["name", "title", "start_date", "end_date", "create_time"];

    public static readonly IReadOnlyList<string> FilterFields =
    [
        "kind", "state", "level", "fields", "partner_province", "participating_provinces", "participating_agencies",
        "organiser", "place_province", "home_province", "agreements", "directives", "start_date", "end_date",
        "dates_tentative", "title", "create_time",
    ];

    private static readonly Dictionary<string, Expression<Func<CooperationEvent, object?>>> Order = new()
    {
        ["name"] = e => e.Id,
        ["title"] = e => e.Title,
        ["start_date"] = e => e.StartDate,
        ["end_date"] = e => e.EndDate ?? e.StartDate,
        ["create_time"] = e => e.CreateTime,
    };

    public static async Task<Page<CooperationEvent>> ListAsync(
        IQueryable<CooperationEvent> visible, int pageSize, string? pageToken, string? filter, string? orderBy, bool showDeleted,
        CancellationToken cancellationToken)
    {
        if (pageSize < 0)
            throw new InvalidArgumentException("page_size", "must not be negative");
        var query = Parse(filter).Aggregate(visible, Apply);
        var order = OrderByParser.Parse(orderBy, OrderFields);
        var fingerprint = PageToken.Fingerprint(filter?.Trim(), orderBy?.Trim(), showDeleted ? "deleted" : "");
        var list = new ListQuery(pageSize == 0 ? ListQuery.DefaultPageSize : Math.Min(pageSize, ListQuery.MaxPageSize),
            PageToken.Decode(pageToken, fingerprint), [], order, fingerprint);
        return await query.ToPageAsync(list, Order, "name", cancellationToken);
    }

    /// <summary>One term: a phrase searched in the text (Field null) or a comparison.</summary>
    internal sealed record Term(string? Field, string Operator, string Value);

    [GeneratedRegex("""\G\s*(?:"(?<quoted>(?:[^"\\]|\\.)*)"|(?<op><=|>=|!=|=|<|>|:)|(?<word>[\p{L}\p{M}\p{N}_.\-/]+)|(?<bad>\S))""")]
    private static partial Regex TokenPattern();

    internal static List<Term> Parse(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
            return [];
        if (filter.Length > 2000)
            throw Invalid("is longer than 2000 characters");
        var tokens = new List<(string Text, bool Quoted, bool Operator)>();
        var position = 0;
        foreach (Match match in TokenPattern().Matches(filter))
        {
            position = match.Index + match.Length;
            if (match.Groups["bad"].Success)
                throw Invalid($"unexpected '{match.Groups["bad"].Value}' at position {match.Groups["bad"].Index}");
            if (match.Groups["quoted"].Success)
                tokens.Add((Regex.Replace(match.Groups["quoted"].Value, @"\\(.)", "$1"), true, false));
            else if (match.Groups["op"].Success)
                tokens.Add((match.Groups["op"].Value, false, true));
            else
                tokens.Add((match.Groups["word"].Value, false, false));
        }
        if (filter[position..].Trim().Length > 0)
            throw Invalid($"a quoted string is not closed at position {position}");

        var terms = new List<Term>();
        for (var i = 0; i < tokens.Count;)
        {
            var token = tokens[i];
            if (!token.Quoted && token.Text is "OR" or "NOT" || token.Text == "-")
                throw Invalid($"'{token.Text}' is not supported yet by ListEvents; combine terms with AND");
            if (!token.Quoted && token.Text == "AND")
            {
                i++;
                continue;
            }
            // A phrase (quoted, or one bare word) not followed by an operator searches the text.
            if (!token.Operator && (i + 1 == tokens.Count || !tokens[i + 1].Operator))
            {
                terms.Add(new Term(null, "", token.Text));
                i++;
                continue;
            }
            if (i + 2 >= tokens.Count || !tokens[i + 1].Operator || tokens[i + 2].Operator)
                throw Invalid($"expected a comparison such as kind = EVENT_KIND_CONFERENCE or a quoted phrase near '{token.Text}'");
            if (!FilterFields.Contains(token.Text))
                throw Invalid($"cannot filter on '{token.Text}'; filterable fields are {string.Join(", ", FilterFields)}");
            terms.Add(new Term(token.Text, tokens[i + 1].Text, tokens[i + 2].Text));
            i += 3;
        }
        return terms;
    }

    private static IQueryable<CooperationEvent> Apply(IQueryable<CooperationEvent> query, Term term)
    {
        if (term.Field is null)
        {
            var phrase = term.Value;
            return query.Where(e => e.SearchKey.Contains(SearchFunctions.SearchKey(phrase)));
        }
        var value = term.Value;
        var negated = term.Operator == "!=";
        return term.Field switch
        {
            "kind" => query.Where(Equality(e => e.Kind, EnumValue(term, KindNames), term)),
            "state" => query.Where(Equality(e => e.State, EnumValue(term, StateNames), term)),
            "level" => query.Where(Equality(e => e.Level, (CooperationLevel?)EnumValue(term, LevelNames), term)),
            "fields" => Contains(query, e => e.Fields, EnumValue(term, FieldNames), term),
            "participating_provinces" => Contains(query, e => e.ParticipatingProvinceCodes, Id(term, Province.Collection), term),
            "partner_province" => PartnerProvince(query, Id(term, Province.Collection), term),
            "participating_agencies" => Contains(query, e => e.ParticipatingAgencyIds, Id(term, Agency.Collection), term),
            "agreements" => Contains(query, e => e.AgreementIds, Id(term, RecordCollections.Agreements), term),
            "directives" => Contains(query, e => e.DirectiveIds, Id(term, RecordCollections.Directives), term),
            "organiser" => query.Where(Equality(e => e.OrganiserId, Id(term, Agency.Collection), term)),
            "place_province" => query.Where(Equality(e => e.PlaceProvinceCode, Id(term, Province.Collection), term)),
            "home_province" => query.Where(Equality(e => e.HomeProvinceCode, Id(term, Province.Collection), term)),
            "dates_tentative" when value is "true" or "false" => query.Where(e => e.DatesTentative == (value == "true") != negated),
            "dates_tentative" => throw Invalid("dates_tentative takes true or false"),
            "start_date" => query.Where(Comparison(e => e.StartDate, DateValue(term), term)),
            // A one-day event ends on its start date.
            "end_date" => query.Where(Comparison(e => e.EndDate ?? e.StartDate, DateValue(term), term)),
            "create_time" => query.Where(Comparison(e => e.CreateTime, TimeValue(term), term)),
            "title" when term.Operator == ":" => query.Where(e => SearchFunctions.SearchKey(e.Title).Contains(SearchFunctions.SearchKey(value))),
            "title" => query.Where(Equality(e => e.Title, value, term)),
            _ => throw Invalid($"cannot filter on '{term.Field}'"),
        };
    }

    private static IQueryable<CooperationEvent> PartnerProvince(IQueryable<CooperationEvent> query, string code, Term term)
    {
        if (term.Operator is not ("=" or ":" or "!="))
            throw Invalid($"partner_province takes =, : or !=, not {term.Operator}");
        Expression<Func<CooperationEvent, bool>> takesPart = e => e.ParticipatingProvinceCodes.Contains(code) || e.PlaceProvinceCode == code;
        return term.Operator == "!=" ? query.Where(e => !e.ParticipatingProvinceCodes.Contains(code) && (e.PlaceProvinceCode == null || e.PlaceProvinceCode != code)) : query.Where(takesPart);
    }

    private static IQueryable<CooperationEvent> Contains<TElement>(
        IQueryable<CooperationEvent> query, Expression<Func<CooperationEvent, List<TElement>>> column, TElement element, Term term)
    {
        if (term.Operator is not ("=" or ":" or "!="))
            throw Invalid($"{term.Field} is a list: use : (contains), = or !=, not {term.Operator}");
        var box = Expression.Property(Expression.Constant(new Box<TElement>(element)), nameof(Box<TElement>.Value));
        Expression contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TElement)], column.Body, box);
        if (term.Operator == "!=")
            contains = Expression.Not(contains);
        return query.Where(Expression.Lambda<Func<CooperationEvent, bool>>(contains, column.Parameters));
    }

    private static Expression<Func<CooperationEvent, bool>> Equality<TValue>(Expression<Func<CooperationEvent, TValue>> column, TValue value, Term term)
    {
        if (term.Operator is not ("=" or "!="))
            throw Invalid($"{term.Field} takes = or !=, not {term.Operator}");
        return Comparison(column, value, term);
    }

    private static Expression<Func<CooperationEvent, bool>> Comparison<TValue>(Expression<Func<CooperationEvent, TValue>> column, TValue value, Term term)
    {
        var box = Expression.Property(Expression.Constant(new Box<TValue>(value)), nameof(Box<TValue>.Value));
        var type = term.Operator switch
        {
            "=" => ExpressionType.Equal,
            "!=" => ExpressionType.NotEqual,
            "<" => ExpressionType.LessThan,
            "<=" => ExpressionType.LessThanOrEqual,
            ">" => ExpressionType.GreaterThan,
            ">=" => ExpressionType.GreaterThanOrEqual,
            _ => throw Invalid($"{term.Field} does not take {term.Operator}"),
        };
        return Expression.Lambda<Func<CooperationEvent, bool>>(Expression.MakeBinary(type, column.Body, box), column.Parameters);
    }

    private sealed record Box<T>(T Value);

    private static readonly IReadOnlyDictionary<string, EventKind> KindNames = Names<EventKind>("EVENT_KIND_");
    private static readonly IReadOnlyDictionary<string, EventState> StateNames = Names<EventState>("EVENT_STATE_");
    private static readonly IReadOnlyDictionary<string, CooperationLevel> LevelNames = Names<CooperationLevel>("COOPERATION_LEVEL_");
    private static readonly IReadOnlyDictionary<string, CooperationField> FieldNames = Names<CooperationField>("COOPERATION_FIELD_");

    private static Dictionary<string, TEnum> Names<TEnum>(string prefix) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToDictionary(value => prefix + JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString()));

    private static TEnum EnumValue<TEnum>(Term term, IReadOnlyDictionary<string, TEnum> names) =>
        names.TryGetValue(term.Value, out var value)
            ? value
            : throw Invalid($"'{term.Value}' is not a value of {term.Field}; use one of {string.Join(", ", names.Keys)}");

    private static string Id(Term term, string collection) => ResourceNames.ParseId(collection, term.Value, "filter");

    private static DateOnly DateValue(Term term) =>
        DateOnly.TryParseExact(term.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Invalid($"{term.Field} takes a date written 2025-09-12, not '{term.Value}'");

    private static DateTime TimeValue(Term term) =>
        DateTimeOffset.TryParse(term.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant.UtcDateTime
            : throw Invalid($"{term.Field} takes an RFC 3339 timestamp such as 2025-09-12T00:00:00Z, not '{term.Value}'");

    private static InvalidArgumentException Invalid(string description) => new("filter", description);
}
