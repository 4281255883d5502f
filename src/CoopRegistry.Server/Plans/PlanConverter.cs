using System.Text.RegularExpressions;
using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Directory;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Plans;
using CoopRegistry.Domain.Records;
using CoopRegistry.Server.Errors;
using CoopRegistry.Server.Protobuf;
using Contract = CoopRegistry.Contracts.V1;

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
    public static (Plan Plan, Guid? RequestId) ToCreate(Contract.CreatePlanRequest request, Caller caller)
    {
        var violations = new FieldViolations();
        var requestId = violations.Check(() => RequestIds.Parse(request.RequestId));
        var id = violations.Check(() => RecordIds.ChooseOrGenerate(request.PlanId, "plan_id")) ?? "";
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
    public static (string Id, Plan Changes) ToChanges(Contract.Plan? plan, IReadOnlySet<string> paths)
    {
        if (plan is null)
            throw new InvalidArgumentException("plan", "is required, with its name and the fields to change");
        var violations = new FieldViolations();
        var id = violations.Check(() => ResourceNames.ParseId(Plan.CollectionName, plan.Name, "plan.name")) ?? "";
        var changes = Read(plan, violations);
        violations.Throw(violations.All.Where(v => v.Field == "plan.name" || paths.Contains(FieldViolations.TopField(v.Field, "plan."))).ToList(), replace: true);
        return (id, changes);
    }

    /// <summary>
    /// A seed record in the protobuf JSON form of the contract: as <see cref="ToCreate"/>, but the
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
        plan.SubmittedDate = violations.Check(() => seed.SubmittedDate.ToDateOnly("plan.submitted_date"));
        plan.ApprovedDate = violations.Check(() => seed.ApprovedDate.ToDateOnly("plan.approved_date"));
        plan.ApprovalReference = Optional(seed.ApprovalReference);
        plan.ReturnReason = Optional(seed.ReturnReason);
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
        Summary = Optional(source.Summary),
        AgreementIds = Names(source.Agreements, RecordCollections.Agreements, "plan.agreements", violations),
        DirectiveIds = Names(source.Directives, RecordCollections.Directives, "plan.directives", violations),
        LeadAgencyId = source.LeadAgency.Length == 0 ? "" : violations.Check(() => ResourceNames.ParseId(Agency.Collection, source.LeadAgency, "plan.lead_agency")) ?? "",
        CoordinatingAgencyIds = Names(source.CoordinatingAgencies, Agency.Collection, "plan.coordinating_agencies", violations),
        PartnerProvinceCodes = Names(source.PartnerProvinces, Province.Collection, "plan.partner_provinces", violations),
        Fields = Fields(source.Fields, violations),
        StartDate = violations.Check(() => source.StartDate.ToDateOnly("plan.start_date")),
        EndDate = violations.Check(() => source.EndDate.ToDateOnly("plan.end_date")),
        SubmissionDueDate = violations.Check(() => source.SubmissionDueDate.ToDateOnly("plan.submission_due_date")),
        ApprovingAuthorityId = OptionalName(source.ApprovingAuthority, Agency.Collection, "plan.approving_authority", violations),
        Activities = source.Activities.Select((activity, i) => Activity(activity, $"plan.activities[{i}]", violations)).ToList(),
        Sources = source.Sources.Select((s, i) => Source(s, $"plan.sources[{i}]", violations)).ToList(),
    };

    private static PlanActivity Activity(Contract.PlanActivity source, string field, FieldViolations violations)
    {
        if (source.Id.Length > 0 && !ActivityId().IsMatch(source.Id))
            violations.Add($"{field}.id", "must be 1-63 lower-case letters, digits and hyphens (e.g. \"a1\"), or empty for the registry to choose");
        return new PlanActivity
        {
            Id = source.Id,
            Title = source.Title.Trim(),
            Description = Optional(source.Description),
            LeadAgencyId = OptionalName(source.LeadAgency, Agency.Collection, $"{field}.lead_agency", violations),
            CoordinatingAgencyIds = Names(source.CoordinatingAgencies, Agency.Collection, $"{field}.coordinating_agencies", violations),
            PartnerProvinceCode = OptionalName(source.PartnerProvince, Province.Collection, $"{field}.partner_province", violations),
            StartDate = violations.Check(() => source.StartDate.ToDateOnly($"{field}.start_date")),
            EndDate = violations.Check(() => source.EndDate.ToDateOnly($"{field}.end_date")),
        };
    }

    private static SourceReference Source(Contract.SourceReference source, string field, FieldViolations violations)
    {
        if (string.IsNullOrWhiteSpace(source.Document))
            violations.Add($"{field}.document", "is required");
        return new SourceReference(source.Document.Trim(), source.Section.Trim(), SourceKinds.Read(source.Kind, $"{field}.kind"));
    }

    private static List<CooperationField> Fields(IEnumerable<Contract.CooperationField> fields, FieldViolations violations) =>
        fields.Select((field, i) =>
        {
            if (field != Contract.CooperationField.Unspecified && Enum.IsDefined((CooperationField)field))
                return (CooperationField?)(CooperationField)field;
            violations.Add($"plan.fields[{i}]", $"{field} is not a field of cooperation");
            return null;
        }).OfType<CooperationField>().ToList();

    private static List<string> Names(IEnumerable<string> names, string collection, string field, FieldViolations violations) =>
        names.Select((name, i) => violations.Check(() => ResourceNames.ParseId(collection, name, $"{field}[{i}]"))).OfType<string>().ToList();

    private static string? OptionalName(string name, string collection, string field, FieldViolations violations) =>
        name.Length == 0 ? null : violations.Check(() => ResourceNames.ParseId(collection, name, field));

    private static string? Optional(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
