using Date = Google.Type.Date;

namespace CoopRegistry.Server.Agreements;

/// <summary>Small parsing helpers for AgreementService's lifecycle requests.</summary>
public static class AgreementRequests
{
    public static DateOnly Required(Date? date, string field) =>
        date.ToDateOnly(field) ?? throw new InvalidArgumentException(field, "is required");

    /// <summary>The country of a province code (ISO 3166-2: "VN-30" → "VN"), whose holiday calendar applies.</summary>
    public static string Country(string provinceCode) => provinceCode.Split('-')[0];

    /// <summary>The bodies asked, as agency ids; every malformed one is reported at once.</summary>
    public static List<string> Bodies(IReadOnlyList<string> names)
    {
        var violations = new FieldViolations();
        var ids = violations.Ids(Agency.Collection, names, "bodies");
        violations.ThrowIfAny();
        return ids;
    }
}
