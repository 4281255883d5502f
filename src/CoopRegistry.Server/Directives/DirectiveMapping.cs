using CoopRegistry.Domain.Directives;
using CoopRegistry.Domain.Directory;
using Mapster;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Directives;

/// <summary>Directives, domain → contract; linked_records are filled by the service (IDirectiveLinks).</summary>
public sealed class DirectiveMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Directive, Contract.Directive>()
            .Map(dest => dest.Name, src => src.ResourceName)
            .Map(dest => dest.HomeProvince, src => ResourceNames.Format(Province.Collection, src.HomeProvinceCode))
            .Map(dest => dest.Kind, src => (Contract.DirectiveKind)(int)src.Kind)
            .Map(dest => dest.Issuer, src => src.IssuerId == "" ? "" : ResourceNames.Format(Agency.Collection, src.IssuerId))
            .Ignore(dest => dest.LinkedRecords);
}
