namespace CoopRegistry.Domain.Access;

/// <summary>Who is calling: the OAuth2 client, the agency it acts for, that agency's province and the granted scopes.</summary>
public sealed record Caller(string ClientId, string AgencyId, string ProvinceCode, IReadOnlySet<string> Scopes)
{
    public bool Has(string scope) => Scopes.Contains(scope);
}
