using CoopRegistry.Domain.Plans;

namespace CoopRegistry.Server.Plans;

/// <summary>Plans and their activities, domain → contract (ids become resource names).</summary>
public sealed class PlanMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<PlanActivity, Contract.PlanActivity>()
            .Map(dest => dest.LeadAgency, src => MappedLists.Name(Agency.Collection, src.LeadAgencyId))
            .Map(dest => dest.CoordinatingAgencies, src => MappedLists.Names(Agency.Collection, src.CoordinatingAgencyIds))
            .Map(dest => dest.PartnerProvince, src => MappedLists.Name(Province.Collection, src.PartnerProvinceCode));
        config.NewConfig<Plan, Contract.Plan>()
            .MapRecordNames()
            .MapLeadership()
            .Map(dest => dest.Agreements, src => MappedLists.Names(RecordCollections.Agreements, src.AgreementIds))
            .Map(dest => dest.Directives, src => MappedLists.Names(RecordCollections.Directives, src.DirectiveIds));
    }
}
