namespace CoopRegistry.Data.Queries;

/// <summary>
/// What ListAgreements accepts in filter and order_by (contract field names, see
/// agreement_service.proto), on the shared listing engine. <c>partner_province</c> and
/// <c>parties.province</c> match any province taking part, agencies' provinces included.
/// </summary>
public static class AgreementListing
{
    public static readonly ListSchema<Agreement> Schema = new ListSchema<Agreement>("name", a => a.Id)
        .Enum("state", a => a.State, ContractEnumNames.For<AgreementState>("AGREEMENT_STATE_"), orderable: false)
        .Enum("kind", a => a.Kind, ContractEnumNames.For<AgreementKind>("AGREEMENT_KIND_"), orderable: false)
        .Enum("level", a => a.Level, ContractEnumNames.For<AgreementLevel>("COOPERATION_LEVEL_"), orderable: false)
        .Enum("confidentiality", a => a.Confidentiality, ContractEnumNames.For<Confidentiality>("CONFIDENTIALITY_"), orderable: false)
        .EnumList("fields", a => a.Fields, ContractEnumNames.For<CooperationField>("COOPERATION_FIELD_"))
        .TextList("partner_province", a => a.PartyProvinceCodes, Province.Collection)
        .TextList("parties.province", a => a.PartyProvinceCodes, Province.Collection)
        .TextList("parties.agency", a => a.PartyAgencyIds, Agency.Collection)
        .ResourceName("home_province", a => a.HomeProvinceCode, Province.Collection, orderable: false)
        .ResourceName("origin_event", a => a.OriginEventId, RecordCollections.Events, orderable: false)
        .TextList("directives", a => a.DirectiveIds, RecordCollections.Directives)
        .Text("title", a => a.Title)
        .Date("signing_date", a => a.SigningDate)
        .Date("effective_date", a => a.EffectiveDate)
        .Date("expiry_date", a => a.ExpiryDate)
        .Timestamp("create_time", a => a.CreateTime)
        .Search(a => a.SearchKey);
}
