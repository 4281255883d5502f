namespace CoopRegistry.Data.Queries;

/// <summary>
/// What ListEvents accepts in filter and order_by (contract field names, see event_service.proto),
/// on the shared listing engine. <c>partner_province</c> is any province taking part (participating,
/// hosting, or the province of an organising, participating or delegation agency);
/// <c>participating_provinces</c> is the list as recorded. A one-day event's <c>end_date</c> is its start date.
/// </summary>
public static class EventListing
{
    public static readonly ListSchema<CooperationEvent> Schema = new ListSchema<CooperationEvent>("name", e => e.Id)
        .Enum("kind", e => e.Kind, ContractEnumNames.For<EventKind>("EVENT_KIND_"), orderable: false)
        .Enum("state", e => e.State, ContractEnumNames.For<EventState>("EVENT_STATE_"), orderable: false)
        .Enum("level", e => e.Level, ContractEnumNames.For<CooperationLevel>("COOPERATION_LEVEL_"), orderable: false)
        .EnumList("fields", e => e.Fields, ContractEnumNames.For<CooperationField>("COOPERATION_FIELD_"))
        .TextList("partner_province", e => e.PartyProvinceCodes, Province.Collection)
        .TextList("participating_provinces", e => e.ParticipatingProvinceCodes, Province.Collection)
        .TextList("participating_agencies", e => e.ParticipatingAgencyIds, Agency.Collection)
        .ResourceName("organiser", e => e.OrganiserId, Agency.Collection, orderable: false)
        .ResourceName("place_province", e => e.PlaceProvinceCode, Province.Collection, orderable: false)
        .ResourceName("home_province", e => e.HomeProvinceCode, Province.Collection, orderable: false)
        .TextList("agreements", e => e.AgreementIds, RecordCollections.Agreements)
        .TextList("directives", e => e.DirectiveIds, RecordCollections.Directives)
        .Date("start_date", e => e.StartDate)
        .Date("end_date", e => e.EndDate ?? e.StartDate)
        .Boolean("dates_tentative", e => e.DatesTentative)
        .Text("title", e => e.Title)
        .Timestamp("create_time", e => e.CreateTime)
        .Search(e => e.SearchKey);
}
