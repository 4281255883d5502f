using System.Text;

namespace CoopRegistry.Domain.Directory;

/// <summary>What makes a province or an agency valid, wherever it comes from (seeds, admin calls).</summary>
public static partial class DirectoryRules
{
    public static readonly IReadOnlySet<string> Countries = new HashSet<string> { "VN", "KH", "LA", "CN" };

    [GeneratedRegex("^[A-Z]{2}-[A-Z0-9]{1,3}$")]
    private static partial Regex ProvinceCodePattern();

    [GeneratedRegex("^[a-z][a-z0-9-]{2,62}$")]
    private static partial Regex AgencyIdPattern();

    public static IReadOnlyList<FieldViolation> Check(Province province)
    {
        var violations = new FieldViolations();
        if (!ProvinceCodePattern().IsMatch(province.Code ?? ""))
            violations.Add("code", $"'{province.Code}' is not an ISO 3166-2 style code such as VN-30");
        CheckCountry(province.CountryCode, violations);
        if (province.Code is { Length: > 2 } && province.CountryCode is not null && !province.Code.StartsWith(province.CountryCode + "-", StringComparison.Ordinal))
            violations.Add("code", $"'{province.Code}' does not belong to country {province.CountryCode}");
        CheckNames(province.Names, violations);
        if (!IsKnownTimeZone(province.TimeZone))
            violations.Add("time_zone", $"'{province.TimeZone}' is not a known IANA time zone");
        return violations.All;
    }

    public static IReadOnlyList<FieldViolation> Check(Agency agency)
    {
        var violations = new FieldViolations();
        if (!AgencyIdPattern().IsMatch(agency.Id ?? ""))
            violations.Add("id", $"'{agency.Id}' must be 3-63 lowercase letters, digits and hyphens, starting with a letter");
        CheckCountry(agency.CountryCode, violations);
        if (!Enum.IsDefined(agency.Kind))
            violations.Add("kind", "is required");
        if (agency.Kind == AgencyKind.CentralBody && agency.ProvinceCode is not null)
            violations.Add("province", "a national body belongs to no province");
        if (agency.Kind != AgencyKind.CentralBody && string.IsNullOrEmpty(agency.ProvinceCode))
            violations.Add("province", "is required for every agency but a national body");
        if (agency.ParentId == agency.Id)
            violations.Add("parent", "an agency cannot be its own parent");
        CheckNames(agency.Names, violations);
        return violations.All;
    }

    private static void CheckCountry(string? country, FieldViolations violations)
    {
        if (country is null || !Countries.Contains(country))
            violations.Add("country_code", $"'{country}' is not one of {string.Join(", ", Countries)}");
    }

    private static void CheckNames(DisplayNames? names, FieldViolations violations)
    {
        if (names is null)
        {
            violations.Add("display_names", "is required");
            return;
        }
        CheckText(names.Vi, "display_names.vi", required: true, violations);
        CheckText(names.En, "display_names.en", required: true, violations);
        CheckText(names.Local, "display_names.local", required: false, violations);
    }

    private static void CheckText(string? text, string field, bool required, FieldViolations violations)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
                violations.Add(field, "is required");
            return;
        }
        // Text is stored as written, in NFC, so that search and comparison see one form.
        if (!text.IsNormalized(NormalizationForm.FormC))
            violations.Add(field, "must be Unicode NFC-normalised");
        violations.Length(text, 300, field);
    }

    private static bool IsKnownTimeZone(string? id) => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
