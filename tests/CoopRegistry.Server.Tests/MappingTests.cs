using CoopRegistry.Domain.Directory;
using CoopRegistry.Server.Protobuf;
using Mapster;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Tests;

/// <summary>The mapping configuration compiles (every destination member has a source) and maps faithfully.</summary>
public class MappingTests
{
    [Fact]
    public void Agency_maps_names_references_and_nulls()
    {
        var config = RegistryMapping.Create(new Data.Records.EtagSeal(new byte[32]));
        var agency = new Agency
        {
            Id = "kh16-commerce",
            ProvinceCode = "KH-16",
            CountryCode = "KH",
            Kind = AgencyKind.PartnerDepartment,
            Names = new DisplayNames("Sở Thương mại", "Department of Commerce", "មន្ទីរពាណិជ្ជកម្ម", "km"),
            Sources = [new SourceReference("doc.txt", "§1")],
        };

        var mapped = agency.Adapt<Contract.Agency>(config);

        Assert.Equal("agencies/kh16-commerce", mapped.Name);
        Assert.Equal("provinces/KH-16", mapped.Province);
        Assert.Equal("", mapped.Parent);
        Assert.Equal("", mapped.ShortName);
        Assert.Equal(Contract.AgencyKind.PartnerDepartment, mapped.Kind);
        Assert.Equal("មន្ទីរពាណិជ្ជកម្ម", mapped.DisplayNames.Local);
        Assert.Equal("§1", Assert.Single(mapped.Sources).Section);
    }

    [Fact]
    public void Every_domain_agency_kind_has_a_contract_value()
    {
        foreach (var kind in Enum.GetValues<AgencyKind>())
            Assert.True(Enum.TryParse<Contract.AgencyKind>(kind.ToString(), out var mapped) && (int)mapped == (int)kind, kind.ToString());
    }
}
