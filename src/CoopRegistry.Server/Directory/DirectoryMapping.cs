
namespace CoopRegistry.Server.Directory;

/// <summary>Provinces and agencies, domain → contract.</summary>
public sealed class DirectoryMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<DisplayNames, Contract.DisplayNames>();
        config.NewConfig<SourceReference, Contract.SourceReference>()
            .Map(dest => dest.Kind, src => SourceKinds.ToContract(src.Kind));
        config.NewConfig<Province, Contract.Province>()
            .Map(dest => dest.Name, src => src.ResourceName)
            .Map(dest => dest.Home, src => src.IsHome)
            .Map(dest => dest.DisplayNames, src => src.Names);
        config.NewConfig<Agency, Contract.Agency>()
            .Map(dest => dest.Name, src => src.ResourceName)
            .Map(dest => dest.Province, src => MappedLists.Name(Province.Collection, src.ProvinceCode))
            .Map(dest => dest.Parent, src => MappedLists.Name(Agency.Collection, src.ParentId))
            .Map(dest => dest.DisplayNames, src => src.Names);
    }
}
