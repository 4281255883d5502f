namespace CoopRegistry.Domain.Access;

/// <summary>
/// Who is calling: the OAuth2 client, the agency it acts for, that agency's province and the granted
/// scopes; when a person signed in, also the person (their user name and display name) and whether
/// they are a national operator (configured at the token service).
/// </summary>
public sealed record Caller(
    string ClientId, string AgencyId, string ProvinceCode, IReadOnlySet<string> Scopes,
    string? PersonId = null, string? PersonName = null, bool IsOperator = false)
{
    public bool Has(string scope) => Scopes.Contains(scope);

    /// <summary>How refusals and logs name the caller: the person and the client they came through, or the client.</summary>
    public string Who => PersonId is null ? $"client {ClientId}" : $"{PersonId} (through {ClientId})";
}
