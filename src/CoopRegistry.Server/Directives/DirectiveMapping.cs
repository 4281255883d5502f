using CoopRegistry.Domain.Directives;

namespace CoopRegistry.Server.Directives;

/// <summary>Directives, domain → contract; linked_records are filled by the service (IDirectiveLinks).</summary>
public sealed class DirectiveMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Directive, Contract.Directive>()
            .MapRecordNames()
            .Map(dest => dest.Kind, src => (Contract.DirectiveKind)(int)src.Kind)
            .Map(dest => dest.Issuer, src => MappedLists.Name(Agency.Collection, src.IssuerId))
            .Ignore(dest => dest.LinkedRecords);
}
