namespace CoopRegistry.Data.Listing;

/// <summary>
/// The contract's names of a domain enum's values, as filters write them: the prefix plus the
/// value in SCREAMING_SNAKE_CASE (AGENCY_KIND_DEPARTMENT). The unset value (Unspecified) is left
/// out, so filtering on it is an unknown value.
/// </summary>
public static class ContractEnumNames
{
    public static IReadOnlyDictionary<string, TEnum> For<TEnum>(string prefix) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>()
            .Where(value => value.ToString() != "Unspecified")
            .ToDictionary(value => prefix + JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString()));
}
