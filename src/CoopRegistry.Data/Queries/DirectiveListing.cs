using System.Linq.Expressions;
using CoopRegistry.Domain.Directives;
using CoopRegistry.Domain.Directory;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Listing;

namespace CoopRegistry.Data.Queries;

/// <summary>
/// ListDirectives on the offset listing engine: equality filters (= and !=, joined by AND) on
/// kind, number, issuer, home_province, issue_date and subject. Ranges and bare-phrase search
/// come with the generic listing engine; this file is what switches to it.
/// </summary>
public static class DirectiveListing
{
    public static readonly IReadOnlyDictionary<string, DirectiveKind> KindNames = Enum.GetValues<DirectiveKind>()
        .Where(kind => kind != DirectiveKind.Unspecified)
        .ToDictionary(kind => "DIRECTIVE_KIND_" + System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName(kind.ToString()));

    public static readonly ListSchema Schema = new(
        [
            new FilterField("kind", FilterValueKind.Enum, KindNames.Keys.ToHashSet()),
            new FilterField("number", FilterValueKind.Text),
            new FilterField("issuer", FilterValueKind.Text),
            new FilterField("home_province", FilterValueKind.Text),
            new FilterField("issue_date", FilterValueKind.Text),
            new FilterField("subject", FilterValueKind.Text),
        ],
        ["name", "issue_date", "number", "subject", "create_time"]);

    private static readonly Dictionary<string, Expression<Func<Directive, object?>>> Order = new()
    {
        ["name"] = d => d.Id,
        ["issue_date"] = d => d.IssueDate,
        ["number"] = d => d.Number,
        ["subject"] = d => d.Subject,
        ["create_time"] = d => d.CreateTime,
    };

    public static Task<Page<Directive>> ListDirectivesAsync(this IQueryable<Directive> query, ListQuery list, CancellationToken cancellationToken)
    {
        foreach (var c in list.Conditions)
            query = c.Field switch
            {
                "kind" => Where(query, d => d.Kind == KindNames[c.Value], c.Negated),
                "number" => Where(query, d => d.Number == c.Value, c.Negated),
                "issuer" => WhereIssuer(query, ResourceNames.ParseId(Agency.Collection, c.Value, "filter"), c.Negated),
                "home_province" => WhereHome(query, ResourceNames.ParseId(Province.Collection, c.Value, "filter"), c.Negated),
                "issue_date" => WhereIssued(query, ParseDate(c.Value), c.Negated),
                "subject" => Where(query, d => d.Subject == c.Value, c.Negated),
                _ => throw new InvalidOperationException($"no filter for {c.Field}"),
            };
        return query.ToPageAsync(list, Order, "name", cancellationToken);
    }

    private static IQueryable<Directive> WhereIssuer(IQueryable<Directive> query, string issuer, bool negated) =>
        Where(query, d => d.IssuerId == issuer, negated);

    private static IQueryable<Directive> WhereHome(IQueryable<Directive> query, string province, bool negated) =>
        Where(query, d => d.HomeProvinceCode == province, negated);

    private static IQueryable<Directive> WhereIssued(IQueryable<Directive> query, DateOnly date, bool negated) =>
        negated ? query.Where(d => d.IssueDate == null || d.IssueDate != date) : query.Where(d => d.IssueDate == date);

    private static IQueryable<Directive> Where(IQueryable<Directive> query, Expression<Func<Directive, bool>> predicate, bool negated) =>
        query.Where(negated ? Expression.Lambda<Func<Directive, bool>>(Expression.Not(predicate.Body), predicate.Parameters) : predicate);

    private static DateOnly ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", out var date)
            ? date
            : throw new InvalidArgumentException("filter", $"issue_date takes a date as \"YYYY-MM-DD\", not \"{value}\"");
}
