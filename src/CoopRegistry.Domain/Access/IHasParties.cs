namespace CoopRegistry.Domain.Access;

/// <summary>
/// What visibility is judged by: the home province and who takes part. A register record has
/// them; so has each history row of a commitment (its parties at that write), so an as-of report
/// judges a past instant by the parties then with the same rule.
/// </summary>
public interface IHasParties
{
    string HomeProvinceCode { get; }

    /// <summary>Every province taking part, agencies' provinces included.</summary>
    List<string> PartyProvinceCodes { get; }

    /// <summary>Every agency taking part.</summary>
    List<string> PartyAgencyIds { get; }
}
