using CoopRegistry.Domain.Directory;
using CoopRegistry.Domain.Plans;
using CoopRegistry.Domain.Records;
using Mapster;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Mapping;

/// <summary>Plans and their activities, domain → contract (ids become resource names).</summary>
public sealed class PlanMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<PlanActivity, Contract.PlanActivity>()
            .Map(dest => dest.LeadAgency, src => Name(Agency.Collection, src.LeadAgencyId))
            .Map(dest => dest.CoordinatingAgencies, src => src.CoordinatingAgencyIds.Select(id => Name(Agency.Collection, id)))
            .Map(dest => dest.PartnerProvince, src => Name(Province.Collection, src.PartnerProvinceCode));
        config.NewConfig<Plan, Contract.Plan>()
            .Map(dest => dest.Name, src => src.ResourceName)
            .Map(dest => dest.HomeProvince, src => Name(Province.Collection, src.HomeProvinceCode))
            .Map(dest => dest.Agreements, src => src.AgreementIds.Select(id => Name(RecordCollections.Agreements, id)))
            .Map(dest => dest.Directives, src => src.DirectiveIds.Select(id => Name(RecordCollections.Directives, id)))
            .Map(dest => dest.LeadAgency, src => Name(Agency.Collection, src.LeadAgencyId))
            .Map(dest => dest.CoordinatingAgencies, src => src.CoordinatingAgencyIds.Select(id => Name(Agency.Collection, id)))
            .Map(dest => dest.PartnerProvinces, src => src.PartnerProvinceCodes.Select(code => Name(Province.Collection, code)))
            .Map(dest => dest.ApprovingAuthority, src => Name(Agency.Collection, src.ApprovingAuthorityId));
    }

    private static string Name(string collection, string? id) => string.IsNullOrEmpty(id) ? "" : ResourceNames.Format(collection, id);
}
