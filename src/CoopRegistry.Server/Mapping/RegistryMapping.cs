using CoopRegistry.Domain.Directory;
using Google.Protobuf.Collections;
using Mapster;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Mapping;

/// <summary>
/// Domain → contract mappings. Compiled once at start-up; a unit test compiles it too, so an
/// unmapped member fails a test instead of a call.
/// </summary>
public static class RegistryMapping
{
    public static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig();
        config.Default.RequireDestinationMemberSource(true);
        // Protobuf repeated fields are get-only: fill the existing collection.
        config.Default.UseDestinationValue(member => member.SetterModifier == AccessModifier.None
            && member.Type.IsGenericType && member.Type.GetGenericTypeDefinition() == typeof(RepeatedField<>));
        // Protobuf string setters refuse null.
        config.Default.AddDestinationTransform((string? text) => text ?? "");

        config.NewConfig<DisplayNames, Contract.DisplayNames>();
        config.NewConfig<SourceReference, Contract.SourceReference>();
        config.NewConfig<Province, Contract.Province>()
            .Map(dest => dest.Name, src => src.ResourceName)
            .Map(dest => dest.Home, src => src.IsHome)
            .Map(dest => dest.DisplayNames, src => src.Names);
        config.NewConfig<Agency, Contract.Agency>()
            .Map(dest => dest.Name, src => src.ResourceName)
            .Map(dest => dest.Province, src => src.ProvinceCode == null ? "" : ResourceNames.Format(Province.Collection, src.ProvinceCode))
            .Map(dest => dest.Parent, src => src.ParentId == null ? "" : ResourceNames.Format(Agency.Collection, src.ParentId))
            .Map(dest => dest.DisplayNames, src => src.Names);

        config.Compile();
        return config;
    }
}
