using System.Linq.Expressions;
using System.Text.Json;
using CoopRegistry.Domain.Directory;
using CoopRegistry.Domain.Listing;
using CoopRegistry.Domain.Plans;
using CoopRegistry.Domain.Records;

namespace CoopRegistry.Data.Queries;

/// <summary>
/// ListPlans' filter and order_by, on the offset listing engine (comparisons with = and !=
/// joined by AND). For repeated fields = means "contains" and != "does not contain";
/// `agreements = "agreements/x"` answers "which plans implement agreement X".
/// TODO(listing engine): move to Data/Listing's ListSchema&lt;Plan&gt; (dates, `:`, OR, bare phrases) when it lands on main.
/// </summary>
public static class PlanListing
{
    public static readonly IReadOnlyDictionary<string, PlanState> StateNames = Enum.GetValues<PlanState>()
        .ToDictionary(state => "PLAN_STATE_" + JsonNamingPolicy.SnakeCaseUpper.ConvertName(state.ToString()));

    public static readonly IReadOnlyDictionary<string, CooperationField> FieldNames = Enum.GetValues<CooperationField>()
        .ToDictionary(field => "COOPERATION_FIELD_" + JsonNamingPolicy.SnakeCaseUpper.ConvertName(field.ToString()));

    public static readonly ListSchema Schema = new(
        [
            new FilterField("state", FilterValueKind.Enum, StateNames.Keys.ToHashSet()),
            new FilterField("lead_agency", FilterValueKind.Text),
            new FilterField("coordinating_agencies", FilterValueKind.Text),
            new FilterField("agencies", FilterValueKind.Text),
            new FilterField("partner_province", FilterValueKind.Text),
            new FilterField("agreements", FilterValueKind.Text),
            new FilterField("directives", FilterValueKind.Text),
            new FilterField("fields", FilterValueKind.Enum, FieldNames.Keys.ToHashSet()),
            new FilterField("home_province", FilterValueKind.Text),
            new FilterField("title", FilterValueKind.Text),
        ],
        ["name", "title", "start_date", "end_date", "submission_due_date", "create_time"]);

    private static readonly Dictionary<string, Expression<Func<Plan, object?>>> Order = new()
    {
        ["name"] = p => p.Id,
        ["title"] = p => p.Title,
        ["start_date"] = p => p.StartDate,
        ["end_date"] = p => p.EndDate,
        ["submission_due_date"] = p => p.SubmissionDueDate,
        ["create_time"] = p => p.CreateTime,
    };

    /// <summary>Filters, orders and pages <paramref name="visible"/> (already narrowed to what the caller may see).</summary>
    public static Task<Page<Plan>> ListAsync(
        IQueryable<Plan> visible, int pageSize, string? pageToken, string? filter, string? orderBy, bool showDeleted, CancellationToken cancellationToken)
    {
        var list = ListQuery.Parse(pageSize, pageToken, filter, orderBy, Schema);
        var query = visible;
        foreach (var c in list.Conditions)
            query = query.Where(Condition(c));
        return query.ToPageAsync(list, Order, "name", cancellationToken);
    }

    private static Expression<Func<Plan, bool>> Condition(FilterCondition c)
    {
        Expression<Func<Plan, bool>> positive = c.Field switch
        {
            "state" => Is(StateNames[c.Value]),
            "lead_agency" => LeadIs(Id(Agency.Collection, c.Value)),
            "coordinating_agencies" => Contains(p => p.CoordinatingAgencyIds, Id(Agency.Collection, c.Value)),
            "agencies" => Contains(p => p.AgencyIds, Id(Agency.Collection, c.Value)),
            "partner_province" => Contains(p => p.PartnerProvinceCodes, Id(Province.Collection, c.Value)),
            "agreements" => Contains(p => p.AgreementIds, Id(RecordCollections.Agreements, c.Value)),
            "directives" => Contains(p => p.DirectiveIds, Id(RecordCollections.Directives, c.Value)),
            "fields" => HasField(FieldNames[c.Value]),
            "home_province" => HomeIs(Id(Province.Collection, c.Value)),
            "title" => TitleIs(c.Value),
            _ => throw new InvalidOperationException($"no filter for {c.Field}"),
        };
        return c.Negated ? Expression.Lambda<Func<Plan, bool>>(Expression.Not(positive.Body), positive.Parameters) : positive;
    }

    private static string Id(string collection, string name) => ResourceNames.ParseId(collection, name, "filter");

    private static Expression<Func<Plan, bool>> Is(PlanState state) => p => p.State == state;

    private static Expression<Func<Plan, bool>> LeadIs(string id) => p => p.LeadAgencyId == id;

    private static Expression<Func<Plan, bool>> HomeIs(string code) => p => p.HomeProvinceCode == code;

    private static Expression<Func<Plan, bool>> TitleIs(string title) => p => p.Title == title;

    private static Expression<Func<Plan, bool>> HasField(CooperationField field) => p => p.Fields.Contains(field);

    private static Expression<Func<Plan, bool>> Contains(Expression<Func<Plan, List<string>>> column, string id)
    {
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], column.Body, Expression.Constant(id));
        return Expression.Lambda<Func<Plan, bool>>(contains, column.Parameters);
    }
}
