namespace CoopRegistry.Data.Queries;

/// <summary>
/// ListPlans' filter and order_by on the listing engine (AIP-160, keyset pages). Repeated fields
/// compare as "contains": `agreements:"agreements/x"` answers "which plans implement agreement X";
/// `agencies` is the lead or a coordinating agency; a bare phrase searches title, summary and activities.
/// </summary>
public static class PlanListing
{
    public static readonly ListSchema<Plan> Schema = new ListSchema<Plan>("name", p => p.Id)
        .Enum("state", p => p.State, ContractEnumNames.For<PlanState>("PLAN_STATE_"), orderable: false)
        .ResourceName("lead_agency", p => p.LeadAgencyId, Agency.Collection, orderable: false)
        .TextList("coordinating_agencies", p => p.CoordinatingAgencyIds, Agency.Collection)
        .TextList("agencies", p => p.AgencyIds, Agency.Collection)
        .TextList("partner_province", p => p.PartnerProvinceCodes, Province.Collection)
        .TextList("agreements", p => p.AgreementIds, RecordCollections.Agreements)
        .TextList("directives", p => p.DirectiveIds, RecordCollections.Directives)
        .EnumList("fields", p => p.Fields, ContractEnumNames.For<CooperationField>("COOPERATION_FIELD_"))
        .ResourceName("home_province", p => p.HomeProvinceCode, Province.Collection, orderable: false)
        .Date("start_date", p => p.StartDate)
        .Date("end_date", p => p.EndDate)
        .Date("submission_due_date", p => p.SubmissionDueDate)
        .Text("title", p => p.Title)
        .Timestamp("create_time", p => p.CreateTime)
        .Search(p => p.SearchKey);
}
