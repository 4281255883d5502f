namespace CoopRegistry.Domain.Listing;

/// <summary>One comparison of an AIP-160 filter, such as <c>country_code = "KH"</c>.</summary>
public sealed record FilterCondition(string Field, bool Negated, string Value)
{
    public bool AsBoolean => Value == "true";
}
