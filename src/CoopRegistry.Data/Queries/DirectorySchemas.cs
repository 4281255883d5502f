using CoopRegistry.Domain.Listing;

namespace CoopRegistry.Data.Queries;

/// <summary>What ListProvinces and ListAgencies accept in filter and order_by (contract field names).</summary>
public static class DirectorySchemas
{
    public static readonly ListSchema Provinces = new(
        [new FilterField("country_code", FilterValueKind.Text), new FilterField("home", FilterValueKind.Boolean)],
        ["code", "country_code", "display_names.en"]);

    public static readonly ListSchema Agencies = new(
        [
            new FilterField("province", FilterValueKind.Text),
            new FilterField("country_code", FilterValueKind.Text),
            new FilterField("kind", FilterValueKind.Enum, AgencyKindNames.All.Keys.ToHashSet()),
            new FilterField("parent", FilterValueKind.Text),
        ],
        ["name", "province", "kind", "display_names.en"]);
}
