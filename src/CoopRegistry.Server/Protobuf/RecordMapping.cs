
namespace CoopRegistry.Server.Protobuf;

/// <summary>What every register record's message maps alike.</summary>
internal static class RecordMapping
{
    /// <summary>The record's resource name and its home province's, into the message's <c>name</c> and <c>home_province</c>.</summary>
    public static TypeAdapterSetter<TRecord, TMessage> MapRecordNames<TRecord, TMessage>(this TypeAdapterSetter<TRecord, TMessage> setter)
        where TRecord : RegistryRecord =>
        setter
            .Map("Name", src => src.ResourceName)
            .Map("HomeProvince", src => ResourceNames.Format(Province.Collection, src.HomeProvinceCode));

    /// <summary>Who leads, coordinates, partners and approves (<see cref="ILedRecord"/>), as resource names.</summary>
    public static TypeAdapterSetter<TRecord, TMessage> MapLeadership<TRecord, TMessage>(this TypeAdapterSetter<TRecord, TMessage> setter)
        where TRecord : ILedRecord =>
        setter
            .Map("LeadAgency", src => MappedLists.Name(Agency.Collection, src.LeadAgencyId))
            .Map("CoordinatingAgencies", src => MappedLists.Names(Agency.Collection, src.CoordinatingAgencyIds))
            .Map("PartnerProvinces", src => MappedLists.Names(Province.Collection, src.PartnerProvinceCodes))
            .Map("ApprovingAuthority", src => MappedLists.Name(Agency.Collection, src.ApprovingAuthorityId));
}
