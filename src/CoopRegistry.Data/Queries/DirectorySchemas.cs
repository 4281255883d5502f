using CoopRegistry.Data.Search;

namespace CoopRegistry.Data.Queries;

/// <summary>What ListProvinces and ListAgencies accept in filter and order_by (contract field names).</summary>
public static class DirectorySchemas
{
    // The directory is small and has no search_key column: bare words fold the names on the fly.
    public static readonly ListSchema<Province> Provinces = new ListSchema<Province>("code", p => p.Code)
        .Text("country_code", p => p.CountryCode)
        .Boolean("home", p => p.IsHome)
        .Text("display_names.en", p => p.Names.En)
        .Text("display_names.vi", p => p.Names.Vi)
        .Search(p => SearchFunctions.SearchKey(p.Names.Vi + " " + p.Names.En + " " + (p.Names.Local ?? "")))
        .DefaultOrder("code");

    public static readonly ListSchema<Agency> Agencies = new ListSchema<Agency>("name", a => a.Id)
        .ResourceName("province", a => a.ProvinceCode, Province.Collection)
        .Text("country_code", a => a.CountryCode)
        .Enum("kind", a => a.Kind, ContractEnumNames.For<AgencyKind>("AGENCY_KIND_"))
        .ResourceName("parent", a => a.ParentId, Agency.Collection, orderable: false)
        .Text("display_names.en", a => a.Names.En)
        .Text("display_names.vi", a => a.Names.Vi)
        .Search(a => SearchFunctions.SearchKey(a.Names.Vi + " " + a.Names.En + " " + (a.Names.Local ?? "") + " " + (a.ShortName ?? "")))
        .DefaultOrder("name");
}
