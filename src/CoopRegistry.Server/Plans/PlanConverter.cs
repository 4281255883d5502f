using CoopRegistry.Domain.Plans;

namespace CoopRegistry.Server.Plans;

/// <summary>
/// Contract → domain for plans. Every malformed field is collected and reported at once
/// (INVALID_ARGUMENT with a BadRequest naming each, e.g. "plan.activities[0].lead_agency").
/// </summary>
public static partial class PlanConverter
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex ActivityId();

    /// <summary>CreatePlan: the new draft plan, its checked request id; format and plan rules checked together.</summary>
    public static (Plan Plan, Guid? RequestId) ForCreate(Contract.CreatePlanRequest request, Caller caller)
    {
        var violations = new FieldViolations();
        var (requestId, id) = violations.CreateIds(request.RequestId, request.PlanId, "plan_id", caller.ProvinceCode);
        if (request.Plan is null)
            violations.Add("plan", "is required");
        var plan = Read(request.Plan ?? new Contract.Plan(), violations);
        plan.Id = id;
        plan.HomeProvinceCode = request.Plan is { HomeProvince.Length: > 0 } given
            ? violations.Check(() => ResourceNames.ParseId(Province.Collection, given.HomeProvince, "plan.home_province")) ?? ""
            : caller.ProvinceCode;
        PlanRules.Normalize(plan);
        violations.Throw(PlanRules.Validate(plan));
        return (plan, requestId);
    }

    /// <summary>UpdatePlan: the plan's id and the requested values of the fields in <paramref name="paths"/> (only those are checked here).</summary>
    public static (string Id, Plan Changes) ForUpdate(Contract.Plan? plan, IReadOnlySet<string> paths) =>
        RequestFields.ForUpdate(plan, "plan", Plan.CollectionName, p => p.Name, paths, Read);

    /// <summary>
    /// A seed record in the protobuf JSON form of the contract: as <see cref="ForCreate"/>, but the
    /// name, home province and the output-only approval fields (state, dates, reference, reason) are taken as written.
    /// </summary>
    public static Plan FromSeed(Contract.Plan seed)
    {
        var violations = new FieldViolations();
        var plan = Read(seed, violations);
        plan.Id = violations.Check(() => ResourceNames.ParseId(Plan.CollectionName, seed.Name, "plan.name")) ?? "";
        plan.HomeProvinceCode = violations.Check(() => ResourceNames.ParseId(Province.Collection, seed.HomeProvince, "plan.home_province")) ?? "";
        plan.State = seed.State == Contract.PlanState.Unspecified ? PlanState.Draft : (PlanState)seed.State;
        if (!Enum.IsDefined(plan.State))
            violations.Add("plan.state", $"{seed.State} is not a plan state");
        plan.SubmittedDate = violations.Date(seed.SubmittedDate, "plan.submitted_date");
        plan.ApprovedDate = violations.Date(seed.ApprovedDate, "plan.approved_date");
        plan.ApprovalReference = RequestFields.Optional(seed.ApprovalReference);
        plan.ReturnReason = RequestFields.Optional(seed.ReturnReason);
        PlanRules.Normalize(plan);
        violations.Throw(PlanRules.Validate(plan));
        return plan;
    }

    /// <summary>The agency an ApprovePlan names, or null to use the plan's approving authority.</summary>
    public static string? ApprovingAuthority(string name) =>
        name.Length == 0 ? null : ResourceNames.ParseId(Agency.Collection, name, "approving_authority");

    private static Plan Read(Contract.Plan source, FieldViolations violations) => new()
    {
        Title = source.Title.Trim(),
        Summary = RequestFields.Optional(source.Summary),
        AgreementIds = violations.Ids(RecordCollections.Agreements, source.Agreements, "plan.agreements"),
        DirectiveIds = violations.Ids(RecordCollections.Directives, source.Directives, "plan.directives"),
        LeadAgencyId = violations.Id(Agency.Collection, source.LeadAgency, "plan.lead_agency") ?? "",
        CoordinatingAgencyIds = violations.Ids(Agency.Collection, source.CoordinatingAgencies, "plan.coordinating_agencies"),
        PartnerProvinceCodes = violations.Ids(Province.Collection, source.PartnerProvinces, "plan.partner_provinces"),
        Fields = violations.Fields(source.Fields, "plan.fields"),
        StartDate = violations.Date(source.StartDate, "plan.start_date"),
        EndDate = violations.Date(source.EndDate, "plan.end_date"),
        SubmissionDueDate = violations.Date(source.SubmissionDueDate, "plan.submission_due_date"),
        ApprovingAuthorityId = violations.Id(Agency.Collection, source.ApprovingAuthority, "plan.approving_authority"),
        Activities = source.Activities.Select((activity, i) => Activity(activity, $"plan.activities[{i}]", violations)).ToList(),
        Sources = violations.Sources(source.Sources, "plan.sources"),
    };

    private static PlanActivity Activity(Contract.PlanActivity source, string field, FieldViolations violations)
    {
        if (source.Id.Length > 0 && !ActivityId().IsMatch(source.Id))
            violations.Add($"{field}.id", "must be 1-63 lower-case letters, digits and hyphens (e.g. \"a1\"), or empty for the registry to choose");
        return new PlanActivity
        {
            Id = source.Id,
            Title = source.Title.Trim(),
            Description = RequestFields.Optional(source.Description),
            LeadAgencyId = violations.Id(Agency.Collection, source.LeadAgency, $"{field}.lead_agency"),
            CoordinatingAgencyIds = violations.Ids(Agency.Collection, source.CoordinatingAgencies, $"{field}.coordinating_agencies"),
            PartnerProvinceCode = violations.Id(Province.Collection, source.PartnerProvince, $"{field}.partner_province"),
            StartDate = violations.Date(source.StartDate, $"{field}.start_date"),
            EndDate = violations.Date(source.EndDate, $"{field}.end_date"),
        };
    }
}
