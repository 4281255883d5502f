using CoopRegistry.Domain.Events;

namespace CoopRegistry.Server.Events;

/// <summary>Events, domain → contract: ids become resource names, enums keep their numbers.</summary>
public sealed class EventMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<DelegationMember, Contract.DelegationMember>()
            .Map(dest => dest.Agency, src => MappedLists.Name(Agency.Collection, src.AgencyId));
        config.NewConfig<InvestmentPledge, Contract.InvestmentPledge>()
            .Map(dest => dest.Sector, src => src.Sector == null ? Contract.CooperationField.Unspecified : (Contract.CooperationField)(int)src.Sector)
            .Map(dest => dest.Amount, src => src.Amount == null ? null : ProtoMoney.ToProto(src.Amount.Value, src.CurrencyCode ?? ""))
            .Map(dest => dest.TargetProvince, src => MappedLists.Name(Province.Collection, src.TargetProvinceCode));
        config.NewConfig<CooperationEvent, Contract.Event>()
            .MapRecordNames()
            .Map(dest => dest.Kind, src => (Contract.EventKind)(int)src.Kind)
            .Map(dest => dest.State, src => (Contract.EventState)(int)src.State)
            .Map(dest => dest.Level, src => src.Level == null ? Contract.CooperationLevel.Unspecified : (Contract.CooperationLevel)(int)src.Level)
            .Map(dest => dest.PlaceProvince, src => MappedLists.Name(Province.Collection, src.PlaceProvinceCode))
            .Map(dest => dest.Organiser, src => MappedLists.Name(Agency.Collection, src.OrganiserId))
            .Map(dest => dest.ParticipatingProvinces, src => MappedLists.Names(Province.Collection, src.ParticipatingProvinceCodes))
            .Map(dest => dest.ParticipatingAgencies, src => MappedLists.Names(Agency.Collection, src.ParticipatingAgencyIds))
            .Map(dest => dest.Fields, src => MappedLists.Numbers<CooperationField, Contract.CooperationField>(src.Fields))
            .Map(dest => dest.Agreements, src => MappedLists.Names(RecordCollections.Agreements, src.AgreementIds))
            .Map(dest => dest.Directives, src => MappedLists.Names(RecordCollections.Directives, src.DirectiveIds));
    }
}
