namespace CoopRegistry.Domain.Plans;

/// <summary>
/// What makes a plan valid, each violation named by its request field ("plan.end_date"): a
/// title, exactly one lead agency that does not also coordinate (one focal point), no agency,
/// province, agreement or field named twice, dates in order, activities with unique ids and
/// periods inside the plan's.
/// </summary>
public static class PlanRules
{
    public const int TitleLength = 1000;
    public const int TextLength = 4000;
    public const int ReferenceLength = 200;
    public const int ReasonLength = 2000;

    /// <summary>Fills what defaults: activity ids ("a1", "a2", … not yet used), activity leads (the plan's), the agencies list.</summary>
    public static void Normalize(Plan plan)
    {
        var used = plan.Activities.Select(a => a.Id).Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        var next = 1;
        plan.Activities = plan.Activities.Select(activity =>
        {
            if (activity.Id.Length == 0)
            {
                while (used.Contains($"a{next}"))
                    next++;
                used.Add($"a{next}");
                activity = activity with { Id = $"a{next}" };
            }
            return activity.LeadAgencyId is null && plan.LeadAgencyId.Length > 0 ? activity with { LeadAgencyId = plan.LeadAgencyId } : activity;
        }).ToList();
        plan.AgencyIds = plan.LeadAgencyId.Length == 0
            ? [.. plan.CoordinatingAgencyIds.Distinct()]
            : [plan.LeadAgencyId, .. plan.CoordinatingAgencyIds.Where(a => a != plan.LeadAgencyId).Distinct()];
    }

    /// <summary>INVALID_ARGUMENT naming every violation at once.</summary>
    public static void Demand(Plan plan)
    {
        var violations = Validate(plan);
        if (violations.Count > 0)
            throw new InvalidArgumentException(violations);
    }

    public static List<FieldViolation> Validate(Plan plan)
    {
        var violations = new List<FieldViolation>();
        void Add(string field, string description) => violations.Add(new FieldViolation(field, description));

        if (string.IsNullOrWhiteSpace(plan.Title))
            Add("plan.title", "is required");
        else if (plan.Title.Length > TitleLength)
            Add("plan.title", $"is longer than {TitleLength} characters");
        if (plan.Summary?.Length > TextLength)
            Add("plan.summary", $"is longer than {TextLength} characters");

        if (plan.LeadAgencyId.Length == 0)
            Add("plan.lead_agency", "is required: a plan has exactly one lead agency (one focal point)");
        LeadNotCoordinating(plan.LeadAgencyId, plan.CoordinatingAgencyIds, "plan.coordinating_agencies", Add);
        Unique(plan.CoordinatingAgencyIds, "plan.coordinating_agencies", "agencies", Add);
        Unique(plan.PartnerProvinceCodes, "plan.partner_provinces", "provinces", Add);
        Unique(plan.AgreementIds, "plan.agreements", "agreements", Add);
        Unique(plan.DirectiveIds, "plan.directives", "directives", Add);
        Unique(plan.Fields.Select(f => f.ToString()).ToList(), "plan.fields", "", Add);
        if (plan.StartDate > plan.EndDate)
            Add("plan.end_date", $"{plan.EndDate:yyyy-MM-dd} is before start_date {plan.StartDate:yyyy-MM-dd}");

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Activities.Count; i++)
            ValidateActivity(plan, plan.Activities[i], $"plan.activities[{i}]", ids, Add);
        return violations;
    }

    private static void ValidateActivity(Plan plan, PlanActivity activity, string field, HashSet<string> ids, Action<string, string> add)
    {
        if (activity.Id.Length > 0 && !ids.Add(activity.Id))
            add($"{field}.id", $"'{activity.Id}' is the id of another activity of this plan; ids are unique within a plan");
        if (activity.Id.Length > 63)
            add($"{field}.id", "is longer than 63 characters");
        if (string.IsNullOrWhiteSpace(activity.Title))
            add($"{field}.title", "is required");
        else if (activity.Title.Length > TitleLength)
            add($"{field}.title", $"is longer than {TitleLength} characters");
        if (activity.Description?.Length > TextLength)
            add($"{field}.description", $"is longer than {TextLength} characters");
        if (activity.LeadAgencyId is { } lead)
            LeadNotCoordinating(lead, activity.CoordinatingAgencyIds, $"{field}.coordinating_agencies", add);
        Unique(activity.CoordinatingAgencyIds, $"{field}.coordinating_agencies", "agencies", add);
        if (activity.StartDate > activity.EndDate)
            add($"{field}.end_date", $"{activity.EndDate:yyyy-MM-dd} is before start_date {activity.StartDate:yyyy-MM-dd}");
        if (activity.StartDate < plan.StartDate)
            add($"{field}.start_date", $"{activity.StartDate:yyyy-MM-dd} is before the plan's start_date {plan.StartDate:yyyy-MM-dd}");
        if (activity.EndDate > plan.EndDate)
            add($"{field}.end_date", $"{activity.EndDate:yyyy-MM-dd} is after the plan's end_date {plan.EndDate:yyyy-MM-dd}");
        if (activity.StartDate > plan.EndDate)
            add($"{field}.start_date", $"{activity.StartDate:yyyy-MM-dd} is after the plan's end_date {plan.EndDate:yyyy-MM-dd}");
        if (activity.EndDate < plan.StartDate)
            add($"{field}.end_date", $"{activity.EndDate:yyyy-MM-dd} is before the plan's start_date {plan.StartDate:yyyy-MM-dd}");
    }

    /// <summary>One focal point: the lead leads and does not also coordinate.</summary>
    private static void LeadNotCoordinating(string lead, List<string> coordinating, string field, Action<string, string> add)
    {
        for (var i = 0; i < coordinating.Count; i++)
            if (lead.Length > 0 && coordinating[i] == lead)
                add($"{field}[{i}]", $"agencies/{lead} is the lead agency; one focal point: the lead does not also coordinate");
    }

    private static void Unique(List<string> values, string field, string collection, Action<string, string> add)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
            if (!seen.Add(values[i]))
                add($"{field}[{i}]", $"{(collection.Length > 0 ? collection + "/" : "")}{values[i]} is named twice");
    }
}
