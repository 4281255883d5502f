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
        plan.AgencyIds = ILedRecord.AgenciesOf(plan);
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
        var violations = new FieldViolations();
        violations.Required(plan.Title, TitleLength, "plan.title");
        violations.Length(plan.Summary, TextLength, "plan.summary");

        if (plan.LeadAgencyId.Length == 0)
            violations.Add("plan.lead_agency", "is required: a plan has exactly one lead agency (one focal point)");
        LeadNotCoordinating(plan.LeadAgencyId, plan.CoordinatingAgencyIds, "plan.coordinating_agencies", violations);
        Unique(plan.CoordinatingAgencyIds, "plan.coordinating_agencies", "agencies", violations);
        Unique(plan.PartnerProvinceCodes, "plan.partner_provinces", "provinces", violations);
        Unique(plan.AgreementIds, "plan.agreements", "agreements", violations);
        Unique(plan.DirectiveIds, "plan.directives", "directives", violations);
        Unique(plan.Fields.Select(f => f.ToString()).ToList(), "plan.fields", "", violations);
        if (plan.StartDate > plan.EndDate)
            violations.Add("plan.end_date", $"{plan.EndDate:yyyy-MM-dd} is before start_date {plan.StartDate:yyyy-MM-dd}");

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Activities.Count; i++)
            ValidateActivity(plan, plan.Activities[i], $"plan.activities[{i}]", ids, violations);
        return violations.All;
    }

    private static void ValidateActivity(Plan plan, PlanActivity activity, string field, HashSet<string> ids, FieldViolations violations)
    {
        if (activity.Id.Length > 0 && !ids.Add(activity.Id))
            violations.Add($"{field}.id", $"'{activity.Id}' is the id of another activity of this plan; ids are unique within a plan");
        if (activity.Id.Length > 63)
            violations.Add($"{field}.id", "is longer than 63 characters");
        violations.Required(activity.Title, TitleLength, $"{field}.title");
        violations.Length(activity.Description, TextLength, $"{field}.description");
        if (activity.LeadAgencyId is { } lead)
            LeadNotCoordinating(lead, activity.CoordinatingAgencyIds, $"{field}.coordinating_agencies", violations);
        Unique(activity.CoordinatingAgencyIds, $"{field}.coordinating_agencies", "agencies", violations);
        if (activity.StartDate > activity.EndDate)
            violations.Add($"{field}.end_date", $"{activity.EndDate:yyyy-MM-dd} is before start_date {activity.StartDate:yyyy-MM-dd}");
        if (activity.StartDate < plan.StartDate)
            violations.Add($"{field}.start_date", $"{activity.StartDate:yyyy-MM-dd} is before the plan's start_date {plan.StartDate:yyyy-MM-dd}");
        if (activity.EndDate > plan.EndDate)
            violations.Add($"{field}.end_date", $"{activity.EndDate:yyyy-MM-dd} is after the plan's end_date {plan.EndDate:yyyy-MM-dd}");
        if (activity.StartDate > plan.EndDate)
            violations.Add($"{field}.start_date", $"{activity.StartDate:yyyy-MM-dd} is after the plan's end_date {plan.EndDate:yyyy-MM-dd}");
        if (activity.EndDate < plan.StartDate)
            violations.Add($"{field}.end_date", $"{activity.EndDate:yyyy-MM-dd} is before the plan's start_date {plan.StartDate:yyyy-MM-dd}");
    }

    /// <summary>One focal point: the lead leads and does not also coordinate.</summary>
    private static void LeadNotCoordinating(string lead, List<string> coordinating, string field, FieldViolations violations)
    {
        for (var i = 0; i < coordinating.Count; i++)
            if (lead.Length > 0 && coordinating[i] == lead)
                violations.Add($"{field}[{i}]", $"agencies/{lead} is the lead agency; one focal point: the lead does not also coordinate");
    }

    private static void Unique(List<string> values, string field, string collection, FieldViolations violations)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
            if (!seen.Add(values[i]))
                violations.Add($"{field}[{i}]", $"{(collection.Length > 0 ? collection + "/" : "")}{values[i]} is named twice");
    }
}
