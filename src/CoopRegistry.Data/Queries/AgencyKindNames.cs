using System.Text.Json;
using CoopRegistry.Domain.Directory;

namespace CoopRegistry.Data.Queries;

/// <summary>The contract's enum value names (AGENCY_KIND_DEPARTMENT) for each agency kind.</summary>
public static class AgencyKindNames
{
    public static readonly IReadOnlyDictionary<string, AgencyKind> All = Enum.GetValues<AgencyKind>()
        .ToDictionary(kind => "AGENCY_KIND_" + JsonNamingPolicy.SnakeCaseUpper.ConvertName(kind.ToString()));
}
