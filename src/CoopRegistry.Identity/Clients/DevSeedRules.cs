using System.Text.RegularExpressions;

namespace CoopRegistry.Identity.Clients;

/// <summary>The checks the development clients and people share: an agency resource name and a province code.</summary>
public static partial class DevSeedRules
{
    public static string? AgencyProblem(string agency) =>
        AgencyPattern().IsMatch(agency) ? null : $"agency: '{agency}' is not a resource name like agencies/vn30-so-ngoai-vu";

    public static string? ProvinceProblem(string province) =>
        ProvincePattern().IsMatch(province) ? null : $"province: '{province}' is not a province code like VN-30";

    [GeneratedRegex("^agencies/[a-z0-9][a-z0-9-]*$")]
    private static partial Regex AgencyPattern();

    [GeneratedRegex("^[A-Z]{2}-[A-Z0-9]{1,3}$")]
    private static partial Regex ProvincePattern();
}
